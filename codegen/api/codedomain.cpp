// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/api/codedomain.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tw::codegen {
namespace {

bool isWindowsDeviceName(const QString &name)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"));
    return device.match(name).hasMatch();
}

QString groupOf(const model::Project &project, const model::Table &table)
{
    return project.layout.item(table.id).group.trimmed();
}

} // namespace

QString CodeDomain::folderName(const QString &group)
{
    const QString decomposed = group.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingDash = false;
    QChar previous;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == u'"' || c == QChar(0x2019) ||
            c == QChar(0x201C) || c == QChar(0x201D)) {
            continue;
        }
        const bool letter = c.unicode() < 0x80 && c.isLetter();
        const bool digit = c.unicode() < 0x80 && c.isDigit();
        if (!letter && !digit) {
            pendingDash = !out.isEmpty();
            previous = QChar();
            continue;
        }
        if (c.isUpper() && (previous.isLower() || previous.isDigit()))
            pendingDash = true;
        if (pendingDash)
            out += u'-';
        pendingDash = false;
        out += c.toLower();
        previous = c;
    }
    if (out.isEmpty())
        return QStringLiteral("group");
    return isWindowsDeviceName(out) ? out + QStringLiteral("-group") : out;
}

QList<CodeDomain> CodeDomain::forProject(const model::Project &project, QList<TableApi> *allTables)
{
    QList<TableApi> apis = TableApi::forSchema(project.schema);
    QSet<QString> taken;
    for (TableApi &api : apis) {
        if (!groupOf(project, *api.table).isEmpty())
            continue;
        api.domain = TableApi::tableFolder(api, taken);
        taken.insert(api.domain);
    }
    QMap<QString, QString> groupFolders;
    for (TableApi &api : apis) {
        const QString group = groupOf(project, *api.table);
        if (group.isEmpty())
            continue;
        if (!groupFolders.contains(group)) {
            const QString base = folderName(group);
            QString folder = base;
            for (int n = 2; taken.contains(folder); ++n)
                folder = base + QStringLiteral("-%1").arg(n);
            taken.insert(folder);
            groupFolders.insert(group, folder);
        }
        api.domain = groupFolders.value(group);
    }
    QList<CodeDomain> domains;
    for (const TableApi &api : std::as_const(apis)) {
        auto existing = std::find_if(domains.begin(), domains.end(),
                                     [&api](const CodeDomain &d) { return d.folder == api.domain; });
        if (existing == domains.end())
            domains << CodeDomain{api.domain, groupOf(project, *api.table), {api}};
        else
            existing->tables << api;
    }
    if (allTables)
        *allTables = apis;
    return domains;
}

} // namespace tw::codegen
