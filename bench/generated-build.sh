#!/usr/bin/env bash
# Measures the generator's run time on openapi.yaml and clean debug builds of the API runtime and of the
# generated module that depends on it.
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
# The runtime first, so that the second build compiles the generated files alone.
for target in LocksmithAPIRuntime:Sources/APIRuntime LocksmithAPI:Sources/Generated; do
	name=${target%%:*}
	directory=${target#*:}
	start=$(date +%s.%N)
	swift build -q --scratch-path "$scratch" --target "$name"
	end=$(date +%s.%N)
	lines=$(cat "$directory"/*.swift | wc -l)
	files=$(find "$directory" -name "*.swift" | wc -l)
	printf 'clean debug build of %s (%s lines, %s files): %.1f s\n' "$name" "$lines" "$files" "$(awk "BEGIN { print $end - $start }")"
done
