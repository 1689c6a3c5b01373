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
(libyaml-dev libsodium-dev libpq-dev libsqlite3-dev pkg-config).
With --tests also installs the PostgreSQL server and the PyPI package
openapi-spec-validator, which the test suite needs.
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

build_pkgs=(libyaml-dev libsodium-dev libpq-dev libsqlite3-dev pkg-config)

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

# Is the openapi_spec_validator module importable by python3? find_spec locates
# the package without importing it (a real import takes ~0.6 s).
have_openapi_spec_validator() {
	python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("openapi_spec_validator") is None)' \
		>/dev/null 2>&1
}

missing_deb=()
for pkg in "${build_pkgs[@]}"; do
	deb_installed "$pkg" || missing_deb+=("$pkg")
done

need_pip=0
if ((with_tests)); then
	have_initdb || missing_deb+=(postgresql)
	if ! command -v python3 >/dev/null 2>&1; then
		missing_deb+=(python3 python3-pip)
		need_pip=1
	elif ! have_openapi_spec_validator; then
		need_pip=1
		python3 -m pip --version >/dev/null 2>&1 || missing_deb+=(python3-pip)
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
	echo "$prog: installing openapi-spec-validator (PyPI package)"
	# Debian's own python3 is "externally managed" (PEP 668); pip refuses to
	# install into it unless told to. Harmless for pyenv/venv interpreters.
	run_logged env PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
		python3 -m pip install --quiet openapi-spec-validator
	python3 -c 'import openapi_spec_validator' >/dev/null 2>&1 || {
		cat -- "$log" >&2
		die "openapi-spec-validator was installed but python3 cannot import openapi_spec_validator"
	}
fi
