// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry point of one target (TW_FUZZ_TARGET names it): the bytes go to the target's check, and a
// broken contract aborts, which libFuzzer reports and saves as a crasher like any sanitizer finding.
#include "tests/fuzz/fuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const tw::fuzz::FuzzTarget *const target = tw::fuzz::findFuzzTarget(QStringLiteral(TW_FUZZ_TARGET));
    if (!target) {
        std::fprintf(stderr, "no fuzz target named %s\n", TW_FUZZ_TARGET);
        std::abort();
    }
    // A copy, not QByteArray::fromRawData: the readers may rely on the terminating NUL a QByteArray guarantees.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const QString broken = target->check(bytes); !broken.isEmpty()) {
        std::fprintf(stderr, "%s: contract broken: %s\n", target->name, qPrintable(broken));
        std::abort();
    }
    return 0;
}
