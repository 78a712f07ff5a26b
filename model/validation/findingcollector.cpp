// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/findingcollector.h"

namespace tw::model::validation {

void FindingCollector::error(const char *rule, const FindingLocation &where, const QString &message)
{
    add(Finding::Severity::Error, rule, where, message);
}

void FindingCollector::warning(const char *rule, const FindingLocation &where, const QString &message)
{
    add(Finding::Severity::Warning, rule, where, message);
}

void FindingCollector::add(Finding::Severity severity, const char *rule, const FindingLocation &where,
                           const QString &message)
{
    m_findings.append(Finding{severity, QString::fromLatin1(rule), where, message});
    if (severity == Finding::Severity::Error)
        ++m_errorCount;
}

} // namespace tw::model::validation
