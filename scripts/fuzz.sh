#!/usr/bin/env bash
# Runs the fuzz targets of Tests/Fuzz (a package of its own, so the root build never builds
# them), each for SECONDS (default 60), with its dictionary and seed corpus.
#
#     scripts/fuzz.sh [SECONDS] [TARGET...]     # targets: FuzzCSV FuzzJSON FuzzProfile FuzzTheme FuzzConfig FuzzNotesBundle FuzzFilter
#
# Built exactly as TOOLCHAIN.md says: both sanitizer flags (either alone gives no fuzzing or no
# coverage), in a scratch folder of its own, and run with SWIFT_BACKTRACE=enable=no (Swift's
# crash handler otherwise trips ASan). New inputs go to a temporary copy of the corpus; a crash
# is kept in Tests/Fuzz/Crashes/TARGET/ and the script fails: turn it into a regression test
# (Tests/ShortlistExchangeTests/HostileInputTests.swift) and fix it.
set -euo pipefail
cd "$(dirname "$0")/../Tests/Fuzz"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzCSV FuzzJSON FuzzProfile FuzzTheme FuzzConfig FuzzNotesBundle FuzzFilter)

declare -A kind=([FuzzCSV]=csv [FuzzJSON]=json [FuzzProfile]=profile [FuzzTheme]=theme [FuzzConfig]=config [FuzzNotesBundle]=notes [FuzzFilter]=filter)
scratch=.build-fuzz
mkdir -p "$scratch"
failed=0
export LSAN_OPTIONS="suppressions=$PWD/../../scripts/lsan-suppressions.txt"
for target in "${targets[@]}"; do
    k="${kind[$target]:?unknown target $target}"
    # SwiftPM does not notice files added to the root package (a path dependency here) and
    # fails on them; its build plan is cheap to make again.
    rm -f "$scratch/debug.yaml"
    if ! swift build -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
        --product "$target" --scratch-path "$scratch" >"$scratch/last-build.log" 2>&1; then
        echo "$target: the build failed:"
        grep -E "error" "$scratch/last-build.log" | head -20
        exit 2
    fi
    binary="$(swift build -c debug --scratch-path "$scratch" --show-bin-path)/$target"
    work="$(mktemp -d)"
    cp Corpus/"$k"/* "$work"/
    mkdir -p "Crashes/$target"
    echo "== $target for ${seconds}s"
    if ! SWIFT_BACKTRACE=enable=no "$binary" "$work" -dict="Dictionaries/$k.dict" \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -artifact_prefix="Crashes/$target/" -print_final_stats=1 2>"$work.log"; then
        failed=1
        echo "$target: a crash or a leak; see Tests/Fuzz/Crashes/$target/ and the log below"
        tail -40 "$work.log"
    else
        grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$work.log" || true
    fi
    rm -rf "$work" "$work.log"
done
exit $failed
