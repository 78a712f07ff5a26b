// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace tw::app {

/// Help > About Tablewright: the version (the one in CMake's project()), the licence and the Qt version in use.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text under the title: version, Qt versions, licence; what tests and bug reports read.
    QString detailsText() const;

private:
    QLabel *m_details;
};

} // namespace tw::app
