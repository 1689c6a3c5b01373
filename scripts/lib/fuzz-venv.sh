# The Python environment of scripts/fuzz.sh and scripts/boundaries.sh (source this file): schemathesis from PyPI,
# which brings hypothesis, PyYAML and requests, in $root/.venv-fuzz.

fuzz_venv_schemathesis=4.32.5

# fuzz_venv_ensure: makes $root/.venv-fuzz with schemathesis $fuzz_venv_schemathesis unless it is there already, and
# sets $venv to it.
fuzz_venv_ensure() {
	venv=$root/.venv-fuzz
	if ! "$venv/bin/st" --version 2>/dev/null | grep -q " $fuzz_venv_schemathesis\$"; then
		echo "installing schemathesis $fuzz_venv_schemathesis into .venv-fuzz" >&2
		python3 -m venv "$venv"
		"$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$fuzz_venv_schemathesis"
	fi
}
