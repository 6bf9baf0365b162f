#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer, each in a scratch folder of its
# own so that the ordinary build is left alone (TOOLCHAIN.md).
#
#     scripts/sanitize.sh [address|thread]... [-- SWIFT_TEST_ARGS]   # default: both, every test
#
# LeakSanitizer reports objects the test runner itself keeps until exit; those, and only
# those, are suppressed in scripts/lsan-suppressions.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sanitizers+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt"
export TSAN_OPTIONS="halt_on_error=1"
for s in "${sanitizers[@]}"; do
    case "$s" in
    address | thread) ;;
    *) echo "unknown sanitizer $s (address or thread)" >&2; exit 2 ;;
    esac
    echo "== swift test --sanitize=$s"
    swift test --sanitize="$s" --scratch-path ".build-$s" "$@"
done
