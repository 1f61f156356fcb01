# shellcheck shell=bash
# Shared by scripts/run.sh and scripts/test.sh (sourced, not run).
#
# ensure_venv EXTRAS: make sure ./.venv exists with a Python >= 3.11 and Envoi installed
# in editable mode with the given extras ("" or "test" or "postgres,test"). The install is
# skipped when pyproject.toml, the extras and the interpreter are unchanged since the last
# one (a stamp file in the venv), so a second run starts at once.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ENVOI_VENV:-$ROOT/.venv}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# The first interpreter that is Python 3.11 or newer: $ENVOI_PYTHON, then the usual names.
find_python() {
    local candidate
    for candidate in "${ENVOI_PYTHON:-}" python3 python python3.13 python3.12 python3.11; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# The stamp of an install with these extras: pyproject.toml, the interpreter and the extras.
install_stamp() {
    cat "$ROOT/pyproject.toml" <("$VENV/bin/python" -VV) <(echo "$1") | sha256sum | cut -d' ' -f1
}

# True when the venv already holds an up-to-date install with these extras (any extras
# will do when none are asked for: they all include the application itself).
install_is_current() {
    local extras="$1" stamp_file have
    for stamp_file in "$VENV"/.envoi-install-*; do
        [ -f "$stamp_file" ] || continue
        have="${stamp_file##*/.envoi-install-}"
        [ "$have" = "base" ] && have=""
        if [ -n "$extras" ] && [ "$have" != "$extras" ]; then
            continue
        fi
        [ "$(cat "$stamp_file")" = "$(install_stamp "$have")" ] && return 0
    done
    return 1
}

ensure_venv() {
    local extras="$1" spec python
    if [ -e "$VENV" ] && ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        warn "$VENV is broken or too old: making it again"
        rm -rf "$VENV"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        python="$(find_python)" || die "Envoi needs Python 3.11 or newer (set ENVOI_PYTHON to its path)."
        say "Creating a virtual environment in $VENV with $python"
        "$python" -m venv "$VENV" || die "could not create $VENV (on Debian/Ubuntu: apt-get install python3-venv)"
    fi
    install_is_current "$extras" && return 0
    spec="."
    [ -n "$extras" ] && spec=".[$extras]"
    say "Installing Envoi ($spec) into $VENV"
    rm -f "$VENV"/.envoi-install-*
    # pip's full output goes to a log, shown only when it fails.
    if ! (cd "$ROOT" && "$VENV/bin/python" -m pip install --disable-pip-version-check \
        --progress-bar off -e "$spec") >"$VENV/pip-install.log" 2>&1; then
        tail -n 40 "$VENV/pip-install.log" >&2
        die "pip could not install Envoi (full log: $VENV/pip-install.log)"
    fi
    install_stamp "$extras" >"$VENV/.envoi-install-${extras:-base}"
}
