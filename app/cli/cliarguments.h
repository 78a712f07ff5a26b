// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tw::cli {

/// The arguments of one subcommand: positionals, `--option VALUE` (or `--option=VALUE`, `-o VALUE`) and `--flag`.
/// Multi-value options take every argument up to the next option. Parsing fails on unknown options, missing values,
/// repeated options and a wrong number of positionals, with a message for stderr.
class CliArguments
{
public:
    struct Spec
    {
        int minPositionals = 0;
        int maxPositionals = 0;
        QStringList valueOptions; ///< long names without dashes; a one-letter name is also accepted as `-x`
        QStringList flags;
        /// Options taking one or more values (`--schema a.ts b.ts`, as a shell expands `--schema src/*.ts`): every
        /// following argument up to the next option belongs to it; it may also be repeated.
        QStringList multiValueOptions;
        QMap<QString, QStringList> allowedValues; ///< option -> allowed values, when restricted
    };

    /// Parses @p arguments against @p spec; on failure @p error is set and the result is empty.
    static CliArguments parse(const QStringList &arguments, const Spec &spec, QString *error);

    const QStringList &positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }
    bool has(const QString &option) const
    {
        return m_values.contains(option) || m_flags.contains(option) || m_multiValues.contains(option);
    }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    /// The values of a multi-value option, in order.
    QStringList values(const QString &option) const { return m_multiValues.value(option); }

private:
    QStringList m_positionals;
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_multiValues;
    QSet<QString> m_flags;
};

} // namespace tw::cli
