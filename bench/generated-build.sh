#!/usr/bin/env bash
# Measures the generator's run time on openapi.yaml and a clean debug build of the generated module.
#
#   bench/generated-build.sh
#
# Uses a throwaway scratch path, so the normal .build is left alone.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
swift build -q --product Generator
generator=$(swift build --product Generator --show-bin-path)/Generator
start=$(date +%s.%N)
"$generator" --check >/dev/null
end=$(date +%s.%N)
printf 'generator (parse + validate + render, --check): %.2f s\n' "$(awk "BEGIN { print $end - $start }")"

scratch=$(mktemp -d /tmp/locksmith-bench.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
start=$(date +%s.%N)
swift build -q --scratch-path "$scratch" --target LocksmithAPI
end=$(date +%s.%N)
lines=$(cat Sources/Generated/*.swift | wc -l)
printf 'clean debug build of LocksmithAPI (%s lines, %s files): %.1f s\n' "$lines" "$(find Sources/Generated -name "*.swift" | wc -l)" "$(awk "BEGIN { print $end - $start }")"
