// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::views {

class DiagramScene;

/// Canvas left around the cards, in scene units, in an export and when the view fits or centres the cards.
inline constexpr double kRenderMargin = 40;

/// How exportDiagram lays out a PDF (PNG and SVG are always one picture).
enum class PdfLayout {
    OnePage, ///< one page the size of the diagram, at 100 %: for the screen, where a reader zooms without loss
    A4Pages, ///< A4 landscape pages at 100 %, overlapping a little and numbered: for printing and taping together
};

/// Writes the whole diagram of @p scene (every card, not just what a view shows, and no selection) to @p path, in
/// the format its suffix names: `.pdf` and `.svg` as vector drawings whose text stays text, anything else as a
/// raster image at twice the scene resolution (PNG when there is no suffix). The one export both
/// the window's Export Diagram and `tablewright render` call, so that their files are the same. PDFs are titled
/// after the project file and created by "Tablewright". The file is replaced all at once (model::AtomicFile).
/// False, with nothing written, when the diagram is empty or the file cannot be written.
bool exportDiagram(DiagramScene &scene, const QString &path, PdfLayout pdfLayout = PdfLayout::OnePage);

} // namespace tw::views
