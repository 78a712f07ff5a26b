// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliarguments.h"

namespace tw::cli {
namespace {

/// `--name`, `--name=value` or `-n` -> the name (and the inline value, if any).
bool splitOption(const QString &arg, QString *name, QString *inlineValue, bool *hasInline)
{
    if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
        const qsizetype eq = arg.indexOf(u'=');
        *hasInline = eq > 0;
        *name = eq > 0 ? arg.mid(2, eq - 2) : arg.mid(2);
        *inlineValue = eq > 0 ? arg.mid(eq + 1) : QString();
        return true;
    }
    if (arg.startsWith(u'-') && arg.size() == 2 && arg != QLatin1String("--")) {
        *hasInline = false;
        *name = arg.mid(1);
        return true;
    }
    return false;
}

} // namespace

CliArguments CliArguments::parse(const QStringList &arguments, const Spec &spec, QString *error)
{
    CliArguments result;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        QString name, inlineValue;
        bool hasInline = false;
        if (onlyPositionals || !splitOption(arg, &name, &inlineValue, &hasInline)) {
            if (arg == QLatin1String("--") && !onlyPositionals) {
                onlyPositionals = true;
                continue;
            }
            result.m_positionals << arg;
            continue;
        }
        if (name.size() == 1) {
            for (const QString &option : spec.valueOptions) {
                if (option.startsWith(name))
                    name = option;
            }
        }
        if (spec.flags.contains(name) && !hasInline) {
            result.m_flags.insert(name);
            continue;
        }
        if (spec.multiValueOptions.contains(name)) {
            QStringList &values = result.m_multiValues[name];
            if (hasInline)
                values << inlineValue;
            while (i + 1 < arguments.size() && !arguments[i + 1].startsWith(u'-'))
                values << arguments[++i];
            if (values.isEmpty()) {
                *error = QStringLiteral("--%1 needs at least one value").arg(name);
                return {};
            }
            continue;
        }
        if (!spec.valueOptions.contains(name)) {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return {};
        }
        if (result.m_values.contains(name)) {
            *error = QStringLiteral("--%1 is given twice").arg(name);
            return {};
        }
        if (!hasInline) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("--%1 needs a value").arg(name);
                return {};
            }
            inlineValue = arguments[++i];
        }
        const QStringList allowed = spec.allowedValues.value(name);
        if (!allowed.isEmpty() && !allowed.contains(inlineValue)) {
            *error = QStringLiteral("--%1 must be one of %2, not '%3'")
                         .arg(name, allowed.join(QLatin1String(", ")), inlineValue);
            return {};
        }
        result.m_values.insert(name, inlineValue);
    }
    if (result.m_positionals.size() < spec.minPositionals || result.m_positionals.size() > spec.maxPositionals) {
        *error = QStringLiteral("expected %1 argument(s), got %2")
                     .arg(spec.minPositionals == spec.maxPositionals
                              ? QString::number(spec.minPositionals)
                              : QStringLiteral("%1 to %2").arg(spec.minPositionals).arg(spec.maxPositionals))
                     .arg(result.m_positionals.size());
        return {};
    }
    error->clear();
    return result;
}

} // namespace tw::cli
