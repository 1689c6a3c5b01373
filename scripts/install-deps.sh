#!/usr/bin/env bash
# Install what Locksmith needs to build (and, with --tests, to run its tests).
#
#   scripts/install-deps.sh [--tests]
#
# Installs only what is missing and prints one line per thing installed.
# When everything is already there it prints nothing and returns quickly.
# Debian/Ubuntu only (uses dpkg-query and apt-get).
set -euo pipefail

prog=install-deps

usage() {
	cat <<'EOF'
usage: scripts/install-deps.sh [--tests]

Installs the Debian packages needed to build Locksmith
(libyaml-dev libsodium-dev libpq-dev libsqlite3-dev libcairo2-dev
libpango1.0-dev fonts-dejavu-core pkg-config).
With --tests also installs the PostgreSQL server, Node.js (the tests verify
runtime signatures as the official TypeScript SDK does), poppler-utils (the
tests read exported PDFs with pdftotext and pdftoppm) and makes .venv-test, a
Python virtual environment with the PyPI packages the test suite drives
(scripts/test-requirements.txt).
EOF
}

die() {
	echo "$prog: $*" >&2
	exit 1
}

with_tests=0
for arg in "$@"; do
	case $arg in
	--tests) with_tests=1 ;;
	-h | --help)
		usage
		exit 0
		;;
	*)
		echo "$prog: unknown argument: $arg" >&2
		usage >&2
		exit 2
		;;
	esac
done

# Cairo and Pango render PDF report exports; DejaVu is the font they are set in.
build_pkgs=(libyaml-dev libsodium-dev libpq-dev libsqlite3-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core pkg-config)
# pdftotext and pdftoppm read the PDF exports back in the tests; PgBouncer (transaction mode) stands between a
# server and the throwaway PostgreSQL in the pooler tests; HAProxy balances scripts/fleet.sh's instances.
test_pkgs=(poppler-utils pgbouncer haproxy)

# --- What is missing? (this part must stay fast) ---------------------------

command -v dpkg-query >/dev/null 2>&1 ||
	die "dpkg-query not found: this script supports Debian/Ubuntu only; install by hand: ${build_pkgs[*]}"

deb_installed() {
	[[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Is a PostgreSQL server (initdb) installed?
have_initdb() {
	local bindir
	if command -v pg_config >/dev/null 2>&1 &&
		bindir=$(pg_config --bindir 2>/dev/null) && [[ -x $bindir/initdb ]]; then
		return 0
	fi
	compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# The test virtual environment is current when it was made from the requirements
# file as it is now (a copy is kept beside it).
venv=.venv-test
requirements=scripts/test-requirements.txt
have_test_venv() {
	[[ -x $venv/bin/python ]] && cmp -s "$requirements" "$venv/requirements.txt"
}

missing_deb=()
for pkg in "${build_pkgs[@]}"; do
	deb_installed "$pkg" || missing_deb+=("$pkg")
done

need_pip=0
if ((with_tests)); then
	have_initdb || missing_deb+=(postgresql)
	# Node verifies runtime signatures as the official TypeScript SDK does (JSON.stringify + WebCrypto).
	command -v node >/dev/null 2>&1 || missing_deb+=(nodejs)
	for pkg in "${test_pkgs[@]}"; do
		deb_installed "$pkg" || missing_deb+=("$pkg")
	done
	if ! command -v python3 >/dev/null 2>&1; then
		missing_deb+=(python3 python3-venv)
		need_pip=1
	elif ! have_test_venv; then
		need_pip=1
		python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing_deb+=(python3-venv)
	fi
fi

if ((${#missing_deb[@]} == 0 && need_pip == 0)); then
	exit 0 # fast path: everything is there
fi

# --- Install ----------------------------------------------------------------

log=$(mktemp "${TMPDIR:-/tmp}/install-deps.XXXXXX")
trap 'rm -f -- "$log"' EXIT

# Run a command with its output in $log; on failure show the log and exit.
run_logged() {
	if ! "$@" >>"$log" 2>&1; then
		cat -- "$log" >&2
		die "failed: $*"
	fi
}

if ((${#missing_deb[@]} > 0)); then
	as_root=()
	if ((EUID != 0)); then
		command -v sudo >/dev/null 2>&1 ||
			die "not running as root and sudo is not available; as root, run: apt-get install ${missing_deb[*]}"
		as_root=(sudo)
	fi
	for pkg in "${missing_deb[@]}"; do
		echo "$prog: installing $pkg (Debian package)"
	done
	run_logged "${as_root[@]}" apt-get update
	run_logged "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y --no-install-recommends "${missing_deb[@]}"
	if ((with_tests)) && ! have_initdb; then
		die "postgresql is installed but initdb was not found (checked pg_config --bindir and /usr/lib/postgresql/*/bin)"
	fi
fi

if ((need_pip)); then
	echo "$prog: installing the test suite's PyPI packages into $venv ($requirements)"
	rm -rf -- "$venv"
	run_logged python3 -m venv "$venv"
	run_logged env PIP_DISABLE_PIP_VERSION_CHECK=1 "$venv/bin/python" -m pip install --quiet -r "$requirements"
	"$venv/bin/python" -c 'import openapi_spec_validator, licensekit, standardwebhooks, cryptography, jwt, joserfc' >/dev/null 2>&1 || {
		cat -- "$log" >&2
		die "the packages of $requirements were installed but $venv/bin/python cannot import them"
	}
	cp -- "$requirements" "$venv/requirements.txt"
fi
