# Command-line helpers of the scripts whose header comment is their manual (source this file).

# usage_help SCRIPT: prints SCRIPT's header comment (from line 2 to `set -euo`) as its help, and exits 0.
usage_help() {
	sed -n '2,/^set -euo/p' "$1" | grep '^#' | sed 's/^# \{0,1\}//'
	exit 0
}

# usage_unknown PROG ARGUMENT: says ARGUMENT is not one PROG takes, and exits 2.
usage_unknown() {
	echo "$1: unknown argument: $2 (--help lists them)" >&2
	exit 2
}
