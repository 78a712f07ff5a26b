// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramtheme.h"

#include <QGuiApplication>
#include <QList>
#include <QPalette>
#include <QtGlobal>

namespace tw::views::diagramtheme {

bool isDark()
{
    // Follows the application's palette, which applyTheme() sets for light, dark and the system's own theme.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor canvasColor()
{
    return isDark() ? QColor(0x1b, 0x1e, 0x23) : QColor(0xf6, 0xf7, 0xf9);
}
QColor noteColor()
{
    return isDark() ? QColor(0x4a, 0x44, 0x2c) : QColor(0xff, 0xf4, 0xc4);
}
QColor noteBorderColor()
{
    return isDark() ? QColor(0x7a, 0x6f, 0x45) : QColor(0xe0, 0xc8, 0x6a);
}
QColor gridColor()
{
    return isDark() ? QColor(0x26, 0x2a, 0x31) : QColor(0xe8, 0xeb, 0xef);
}
QColor cardColor()
{
    return isDark() ? QColor(0x2a, 0x2e, 0x35) : QColor(0xff, 0xff, 0xff);
}
QColor alternateRowColor()
{
    return isDark() ? QColor(0x30, 0x35, 0x3d) : QColor(0xf3, 0xf5, 0xf8);
}
QColor cardBorderColor()
{
    return isDark() ? QColor(0x45, 0x4c, 0x57) : QColor(0xc9, 0xcf, 0xd8);
}
QColor shadowColor()
{
    return isDark() ? QColor(0, 0, 0, 90) : QColor(20, 30, 50, 22);
}
QColor selectionColor()
{
    return isDark() ? QColor(0x5a, 0x9b, 0xff) : QColor(0x2f, 0x80, 0xed);
}
QColor rowTextColor()
{
    return isDark() ? QColor(0xe6, 0xe8, 0xeb) : QColor(0x1f, 0x27, 0x33);
}
QColor typeTextColor()
{
    return isDark() ? QColor(0x9a, 0xa3, 0xaf) : QColor(0x7a, 0x84, 0x93);
}
QColor primaryKeyColor()
{
    return isDark() ? QColor(0xf2, 0xb8, 0x2e) : QColor(0xd9, 0x9a, 0x06);
}
QColor foreignKeyColor()
{
    return isDark() ? QColor(0x6a, 0xa6, 0xff) : QColor(0x3a, 0x7b, 0xd5);
}
QColor uniqueColor()
{
    return isDark() ? QColor(0xb8, 0x8c, 0xf0) : QColor(0x8e, 0x5b, 0xc9);
}
QColor relationColor()
{
    return isDark() ? QColor(0x8a, 0x94, 0xa3) : QColor(0x6b, 0x76, 0x86);
}
QColor relationHighlightColor()
{
    return isDark() ? QColor(0x5a, 0x9b, 0xff) : QColor(0x2f, 0x80, 0xed);
}
QColor badgeTextColor(const QColor &badge)
{
    return isDark() ? badge.lighter(125) : badge.darker(115);
}

QColor headerColor(const QColor &chosen, const QString &tableName)
{
    return chosen.isValid() ? chosen : defaultHeaderColor(tableName);
}

QColor defaultHeaderColor(const QString &tableName)
{
    // Muted tones that carry white text; picked by a stable hash of the name (qHash is seeded per process).
    static const QList<QColor> palette = {
        QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xa0, 0x3b), QColor(0x9c, 0x75, 0x5f), QColor(0x5b, 0x6b, 0x8c),
    };
    quint32 hash = 2166136261u;
    for (QChar c : tableName)
        hash = (hash ^ c.unicode()) * 16777619u;
    return palette[int(hash % quint32(palette.size()))];
}

QColor textColorOn(const QColor &background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.62 ? QColor(0x1f, 0x27, 0x33) : QColor(Qt::white);
}

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(10);
    font.setBold(true);
    return font;
}

QFont rowFont()
{
    QFont font;
    font.setPointSizeF(9);
    return font;
}

QFont typeFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

} // namespace tw::views::diagramtheme
