// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/validation/finding.h"

namespace tw::model::validation {

// Gathers findings in the order the rules report them; the rules run in schema order, so this order is the
// deterministic order SchemaValidator promises.
class FindingCollector
{
public:
    void error(const char *rule, const FindingLocation &where, const QString &message);
    void warning(const char *rule, const FindingLocation &where, const QString &message);

    /// How many errors were reported so far: lets a rule skip its lints for an object that is already broken.
    qsizetype errorCount() const { return m_errorCount; }
    Findings takeFindings() { return std::move(m_findings); }

private:
    void add(Finding::Severity severity, const char *rule, const FindingLocation &where, const QString &message);

    Findings m_findings;
    qsizetype m_errorCount = 0;
};

} // namespace tw::model::validation
