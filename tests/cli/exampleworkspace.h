// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace tw::test {

/// A temporary folder holding a copy of the example project (`aperto.twproj`, target d1), for commands that write
/// beside the project (generate, export) or read what it wrote.
class ExampleWorkspace
{
public:
    ExampleWorkspace()
    {
        auto example = model::ProjectReader::readFile(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"));
        EXPECT_TRUE(example.ok());
        save(example.value());
    }
    QString project() const { return m_dir.filePath(QStringLiteral("aperto.twproj")); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    model::Project load() const { return model::ProjectReader::readFile(project()).value(); }
    void save(const model::Project &p) const
    {
        QString error;
        EXPECT_TRUE(model::ProjectWriter::writeFile(p, project(), &error)) << error.toStdString();
    }
    QByteArray read(const QString &relative) const
    {
        QFile f(path(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace tw::test
