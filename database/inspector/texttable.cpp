// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/inspector/texttable.h"

namespace tw::database {
namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

QString TextTable::cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("<blob, %1 bytes>").arg(value.toByteArray().size());
    QString text = value.toString();
    text.replace(u'\r', QLatin1String("\\r"));
    text.replace(u'\n', QLatin1String("\\n"));
    text.replace(u'\t', QLatin1String("\\t"));
    return text;
}

QString TextTable::render(const QStringList &columns, const QList<QVariantList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &c : columns)
        widths << c.size();
    QList<QStringList> texts;
    texts.reserve(rows.size());
    for (const QVariantList &row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line << cellText(row.value(i));
            widths[i] = std::max(widths[i], line.last().size());
        }
        texts << line;
    }
    QString out;
    QStringList header, rule;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        header << columns[i].leftJustified(widths[i]);
        rule << QString(widths[i], u'-');
    }
    QString head = header.join(QLatin1String("  "));
    while (head.endsWith(u' '))
        head.chop(1);
    out += head + u'\n' + rule.join(QLatin1String("  ")) + u'\n';
    for (qsizetype r = 0; r < texts.size(); ++r) {
        QStringList cells;
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << (isNumber(rows[r].value(i)) ? texts[r][i].rightJustified(widths[i])
                                                 : texts[r][i].leftJustified(widths[i]));
        QString line = cells.join(QLatin1String("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

} // namespace tw::database
