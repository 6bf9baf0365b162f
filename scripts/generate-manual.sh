#!/usr/bin/env bash
# Writes docs/shortlist.1: the commands and options as ArgumentParser describes them (its
# generate-manual plugin), then the sections written by hand in scripts/manual-sections.mdoc
# (interface, configuration, environment, files, exit status, shell completion).
#
#     scripts/generate-manual.sh [SCRATCH_PATH]      # default .build
#
# Run it after adding or changing a subcommand or an option; a test fails when a subcommand
# is missing from the page.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build}"
swift build --scratch-path "$scratch" --product shortlist >/dev/null
swift package --scratch-path "$scratch" plugin generate-manual --help >/dev/null
tool=$(find "$scratch" -name generate-manual-tool -type f -perm -u+x | head -1)
binary=$(swift build --scratch-path "$scratch" --show-bin-path)/shortlist
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$tool" "$binary" --date "$(date +%Y-%m-%d)" --section 1 -o "$out"
# The plugin ends with a generic EXIT STATUS; ours is among the hand-written sections.
sed '/^\.Sh "EXIT STATUS"$/,$d' "$out/shortlist.1" >docs/shortlist.1
cat scripts/manual-sections.mdoc >>docs/shortlist.1
echo "wrote docs/shortlist.1"
