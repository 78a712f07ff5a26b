// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/finding.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

Finding finding(Finding::Severity severity, const QString &where, const QString &message)
{
    Finding f;
    f.severity = severity;
    f.rule = QStringLiteral("some-rule");
    f.location.kind = FindingLocation::Kind::Column;
    f.location.text = where;
    f.message = message;
    return f;
}

} // namespace

TEST(Finding, ErrorPrintsSeverityLocationAndMessage)
{
    const Finding f = finding(Finding::Severity::Error, QStringLiteral("column users.email"), QStringLiteral("bad"));
    EXPECT_EQ(f.toString(), QStringLiteral("error: column users.email: bad"));
}

TEST(Finding, WarningPrintsAsWarning)
{
    const Finding f = finding(Finding::Severity::Warning, QStringLiteral("table users"), QStringLiteral("hm"));
    EXPECT_EQ(f.toString(), QStringLiteral("warning: table users: hm"));
    EXPECT_FALSE(f.isError());
}

TEST(Finding, WithoutLocationTextPrintsOnlyTheMessage)
{
    const Finding f = finding(Finding::Severity::Error, QString(), QStringLiteral("bad"));
    EXPECT_EQ(f.toString(), QStringLiteral("error: bad"));
}

TEST(Finding, HasErrorsIsTrueOnlyWhenAnErrorIsPresent)
{
    const Finding warning = finding(Finding::Severity::Warning, QStringLiteral("t"), QStringLiteral("w"));
    const Finding error = finding(Finding::Severity::Error, QStringLiteral("t"), QStringLiteral("e"));
    EXPECT_FALSE(hasErrors({}));
    EXPECT_FALSE(hasErrors({warning, warning}));
    EXPECT_TRUE(hasErrors({warning, error}));
}
