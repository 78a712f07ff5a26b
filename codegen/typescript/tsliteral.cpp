// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/typescript/tsliteral.h"

#include "model/schema/naming.h"

namespace tw::codegen::ts {

QString stringLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\'':
            out += QLatin1String("\\'");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case 0x2028:
            out += QLatin1String("\\u2028");
            break;
        case 0x2029:
            out += QLatin1String("\\u2029");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'\'';
    return out;
}

QString templateBody(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'`' || c == u'\\')
            out += u'\\';
        else if (c == u'$' && i + 1 < text.size() && text[i + 1] == u'{')
            out += u'\\';
        out += c;
    }
    return out;
}

QString sqlTemplate(const QString &sqlText)
{
    return QLatin1String("sql`") + templateBody(sqlText) + u'`';
}

QString propertyKey(const QString &name)
{
    return model::naming::isTypeScriptIdentifier(name) ? name : stringLiteral(name);
}

QString memberAccess(const QString &object, const QString &name)
{
    if (model::naming::isTypeScriptIdentifier(name))
        return object + u'.' + name;
    return object + u'[' + stringLiteral(name) + u']';
}

QString commentText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("*/"), QLatin1String("*\\/"));
    for (const QChar lineBreak : {QChar(u'\r'), QChar(u'\n'), QChar(0x2028), QChar(0x2029)})
        out.replace(lineBreak, u' ');
    return out;
}

QString stringArray(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << stringLiteral(item);
    return u'[' + quoted.join(QLatin1String(", ")) + u']';
}

} // namespace tw::codegen::ts
