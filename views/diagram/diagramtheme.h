// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace tw::views {

/// Colours, fonts and metrics of the diagram in one place, so that cards, lines and the overview agree. Colours
/// come in a light and a dark set (isDark()).
namespace diagramtheme {

constexpr double kHeaderHeight = 34;
constexpr double kRowHeight = 22;
constexpr double kBottomPadding = 6;
constexpr double kHorizontalPadding = 10;
constexpr double kMarkColumnWidth = 34; ///< the PK/FK badge column on the left of each row (one badge)
constexpr double kCornerRadius = 6;
constexpr double kMinCardWidth = 160;
constexpr double kMaxCardWidth = 420;
constexpr double kGridSize = 20;
/// Below this level of detail a card shows its title only (0.4: a schema of the example's size, fitted into the
/// default window, still shows its columns).
constexpr double kTitleOnlyLevelOfDetail = 0.40;

/// Whether the diagram draws in its dark colours: the application palette is a dark one (Theme Dark, or a dark
/// system theme). Every colour below follows it.
bool isDark();
QColor canvasColor();
QColor gridColor();
QColor cardColor();
QColor alternateRowColor();
QColor shadowColor();
QColor cardBorderColor();
QColor selectionColor();
QColor rowTextColor();
QColor typeTextColor();
QColor primaryKeyColor();
QColor foreignKeyColor();
QColor uniqueColor();
/// The text of a PK/FK/UQ badge drawn in @p badge.
QColor badgeTextColor(const QColor &badge);
/// A note's paper when it has no colour of its own, and its edge.
QColor noteColor();
QColor noteBorderColor();
QColor relationColor();
QColor relationHighlightColor();
/// A pleasant default for a card without a colour of its own, chosen by its name so that it never changes.
QColor defaultHeaderColor(const QString &tableName);
/// The colour a card's title bar is drawn in: the one the user chose (@p chosen, when valid), else the default.
QColor headerColor(const QColor &chosen, const QString &tableName);
/// White or near-black, whichever reads better on @p background.
QColor textColorOn(const QColor &background);

QFont titleFont();
QFont rowFont();
QFont typeFont();

} // namespace diagramtheme
} // namespace tw::views
