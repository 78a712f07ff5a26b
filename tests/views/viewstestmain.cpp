// SPDX-License-Identifier: GPL-3.0-or-later
// The widget tests need a QApplication; without a display they run on the offscreen platform. Setting the
// variable here (not only in CTest) keeps gtest_discover_tests and plain runs of the binary working headless.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
