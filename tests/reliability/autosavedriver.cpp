// SPDX-License-Identifier: GPL-3.0-or-later
// tw_autosave_driver PROJECT: the designer's autosave with no window, for killautosave_test.cpp to kill. Opens
// PROJECT into a document, as the window does, then edits it again and again (the first table renamed
// `edit_1`, `edit_2`, …) and after each edit has the Autosaver write its copy on its worker, as the window's
// interval does, waiting for it to be written before the next edit. Prints `autosaved N` after each copy; runs until
// killed, or exits 1 when a copy cannot be written.
#include "app/autosaver.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "tests/support/schemaedits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: tw_autosave_driver PROJECT\n";
        return 2;
    }
    const QString path = QFileInfo(QString::fromLocal8Bit(argv[1])).absoluteFilePath();
    auto project = tw::model::ProjectReader::readFile(path);
    if (!project) {
        err << project.error() << '\n';
        return 1;
    }
    tw::model::SchemaDocument document(project.value());
    document.setFilePath(path);
    tw::app::Autosaver autosaver(&document);
    autosaver.setIntervalSeconds(0); // the copies are asked for below, one after another
    const tw::model::Id table = document.schema().tables.first().id;
    int edits = 0;
    const auto editAndAutosave = [&] {
        if (!tw::test::renameTable(document, table, QStringLiteral("edit_%1").arg(++edits))) {
            err << "cannot rename the table\n";
            QCoreApplication::exit(1);
            return;
        }
        autosaver.autosaveInBackground();
    };
    QObject::connect(&autosaver, &tw::app::Autosaver::autosaved, &application, [&] {
        std::printf("autosaved %d\n", edits);
        std::fflush(stdout);
        editAndAutosave();
    });
    QObject::connect(&autosaver, &tw::app::Autosaver::autosaveFailed, &application, [&](const QString &error) {
        err << error << '\n';
        QCoreApplication::exit(1);
    });
    editAndAutosave();
    return QCoreApplication::exec();
}
