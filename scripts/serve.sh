#!/usr/bin/env bash
# Run the Locksmith server from a checkout: installs missing system packages, builds in release mode and
# starts `locksmith serve` with any arguments given (default: SQLite in ./locksmith-data, 127.0.0.1:8080).
#
#   scripts/serve.sh [locksmith serve options…]
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
swift build -c release --product locksmith
exec "$(swift build -c release --show-bin-path)/locksmith" serve "$@"
