// SPDX-License-Identifier: GPL-3.0-or-later
// diagram_snapshot PROJECT OUT.png [--auto-layout] [--zoom Z] [--size WxH]: grabs the diagram view as a user would
// see it (offscreen), for documentation screenshots and visual review.
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "views/diagram/diagramoverview.h"
#include "views/diagram/diagramview.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: diagram_snapshot PROJECT OUT.png [--auto-layout] [--zoom Z] [--size WxH] [--overview FILE]\n";
        return 2;
    }
    auto project = tw::model::ProjectReader::readFile(args[0]);
    if (!project) {
        err << project.error() << '\n';
        return 1;
    }
    tw::model::SchemaDocument document(project.value());
    tw::views::DiagramView view(&document);
    QSize size(1400, 1000);
    const int sizeAt = int(args.indexOf(QStringLiteral("--size")));
    if (sizeAt > 0 && sizeAt + 1 < args.size()) {
        const QStringList parts = args[sizeAt + 1].split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    view.resize(size);
    view.show();
    if (args.contains(QStringLiteral("--auto-layout")))
        view.autoLayout();
    view.zoomToFit();
    const int zoomAt = int(args.indexOf(QStringLiteral("--zoom")));
    if (zoomAt > 0 && zoomAt + 1 < args.size())
        view.setZoom(args[zoomAt + 1].toDouble());
    QApplication::processEvents();
    if (!view.grab().save(args[1])) {
        err << "cannot write " << args[1] << '\n';
        return 1;
    }
    const int overviewAt = int(args.indexOf(QStringLiteral("--overview")));
    if (overviewAt > 0 && overviewAt + 1 < args.size()) {
        tw::views::DiagramOverview overview(&view);
        overview.resize(240, 180);
        overview.show();
        QApplication::processEvents();
        overview.grab().save(args[overviewAt + 1]);
    }
    return 0;
}
