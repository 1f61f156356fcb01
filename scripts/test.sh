#!/usr/bin/env bash
# shellcheck disable=SC2317  # the functions called through run_step look unreachable to it
# Install everything the tests need, then run every check that CI runs, and print a summary.
#
#   bash scripts/test.sh                     all of it (what .ci/run calls)
#   bash scripts/test.sh tests/unit -x       the same gates, pytest on a subset
#   bash scripts/test.sh --no-bench          skip the benchmark smoke run
#   bash scripts/test.sh --no-lint           skip ruff, mypy and lint-imports
#
# Steps: Debian packages (only those missing; apt-get update only then), ./.venv with
# `pip install -e '.[test]'`, ruff check, ruff format --check, mypy (strict, on the
# package), lint-imports (no Qt below envoi.ui), pytest, and each benchmarks/*.py at its
# small default size. Every step runs even when an earlier one failed; the exit code is
# non-zero if any failed. Under CI=true a package that cannot be installed is an error;
# elsewhere the tests that need it skip.
set -uo pipefail

# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$ROOT" || exit 1

RUN_LINT=1
RUN_BENCH=1
PYTEST_ARGS=()
for arg in "$@"; do
    case "$arg" in
        --no-bench) RUN_BENCH=0 ;;
        --no-lint) RUN_LINT=0 ;;
        *) PYTEST_ARGS+=("$arg") ;;
    esac
done

# What the tests start for real: PostgreSQL (team database), Postfix's smtp-sink (SMTP),
# Dovecot (IMAP bounces), NSD (DNS checks), Xvfb and Qt's X11 libraries (screenshots), the
# sqlite3 CLI (the import benchmark's anchor).
APT_PACKAGES=(
    postgresql sqlite3
    postfix dovecot-imapd nsd
    curl wrk  # the relay: curl posts List-Unsubscribe as Gmail does; wrk drives relay_click.py
    xvfb xauth
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-xinerama0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-image0 libxcb-xkb1
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
    # QtWebEngine (the template preview), from ldd of libQt6WebEngineCore and its process
    libnss3 libnspr4 libgbm1 libxcb-dri3-0 libxcomposite1 libxdamage1 libxrandr2 libxtst6
    libxkbfile1 libasound2 libwayland-server0 libxshmfence1
    # The Linux bundle step: icupkg trims Qt's ICU data (packaging/trim_icu.py)
    icu-devtools
)

STEP_NAMES=()
STEP_RESULTS=()
STEP_SECONDS=()
FAILED=0
T0=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/envoi-test.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

record() { # name result seconds
    STEP_NAMES+=("$1")
    STEP_RESULTS+=("$2")
    STEP_SECONDS+=("$3")
    case "$2" in FAIL*) FAILED=1 ;; esac
}

# run_step NAME COMMAND...: run, time and record one gate.
run_step() {
    local name="$1" start rc
    shift
    say "$name"
    start=$SECONDS
    "$@"
    rc=$?
    if [ "$rc" -eq 0 ]; then
        record "$name" "ok" $((SECONDS - start))
    else
        record "$name" "FAIL (exit $rc)" $((SECONDS - start))
    fi
    return 0
}

apt_missing() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]; then
            echo "$pkg"
        fi
    done
}

apt_retry() { # apt-get can meet a busy lock or a flaky mirror: try three times
    local i
    for i in 1 2 3; do
        "$@" && return 0
        warn "'$*' failed (try $i of 3)"
        sleep $((i * 5))
    done
    return 1
}

install_apt_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        warn "not a Debian system: install PostgreSQL, Postfix (smtp-sink), Dovecot, NSD, Xvfb and sqlite3 yourself"
        return 0
    fi
    local missing sudo=() created_policy=0 rc=0
    mapfile -t missing < <(apt_missing)
    if [ "${#missing[@]}" -eq 0 ]; then
        echo "all ${#APT_PACKAGES[@]} Debian packages are installed"
        return 0
    fi
    echo "missing Debian packages: ${missing[*]}"
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            warn "not root and no password-less sudo: run 'sudo apt-get install ${missing[*]}'"
            [ -n "${CI:-}" ] && return 1
            warn "the tests that need them will skip"
            return 0
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Postfix only for its smtp-sink binary: no mail system configured.
    printf '%s\n' \
        'postfix postfix/main_mailer_type select No configuration' \
        'postfix postfix/mailname string envoi.invalid' | "${sudo[@]}" debconf-set-selections
    # Exit 101 tells invoke-rc.d not to start services: the tests start their own servers on
    # free ports, and a system PostgreSQL/Dovecot/NSD would hold 5432/143/53.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
        "${sudo[@]}" chmod 755 /usr/sbin/policy-rc.d
        created_policy=1
    fi
    # A failed update (one unreachable source) may still leave usable lists: try anyway.
    apt_retry "${sudo[@]}" apt-get update -qq || warn "apt-get update failed"
    apt_retry "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}" || rc=1
    if [ "$created_policy" = 1 ]; then
        "${sudo[@]}" rm -f /usr/sbin/policy-rc.d
    fi
    mapfile -t missing < <(apt_missing)
    if [ "${#missing[@]}" -gt 0 ]; then
        warn "still missing after apt-get: ${missing[*]}"
        return 1
    fi
    return "$rc"
}

run_pytest() {
    local rc
    "$VENV/bin/python" -m pytest -p no:cacheprovider -rfEsx --durations=15 \
        "${PYTEST_ARGS[@]}" 2>&1 | tee "$WORK/pytest.log"
    rc=${PIPESTATUS[0]}
    PYTEST_LINE="$(grep -E '^=+ .*(passed|failed|error|skipped|no tests ran|deselected).* in [0-9.]+s' \
        "$WORK/pytest.log" | tail -n 1 | sed -E 's/^=+ //; s/ =+$//')"
    if [ "$rc" -eq 5 ]; then
        # pytest's "no tests collected": not a failure of the code, but say so loudly.
        warn "pytest collected no tests (exit 5)"
        PYTEST_LINE="${PYTEST_LINE:-no tests ran}"
        PYTEST_NO_TESTS=1
        return 0
    fi
    return "$rc"
}

# Each benchmark runs at its small default size (or with the arguments of a
# `# smoke-args: ...` line in the file); it must exit 0 and print JSON on stdout.
# Helpers (_*.py) and data generators (gen_*.py) are not benchmarks.
run_benchmarks() {
    local bench name rc failed=0 start found=0 smoke_args
    for bench in "$ROOT"/benchmarks/*.py; do
        [ -e "$bench" ] || continue
        name="$(basename "$bench")"
        case "$name" in _* | gen_* | conftest.py) continue ;; esac
        found=1
        start=$SECONDS
        smoke_args="$(sed -n 's/^# smoke-args:[[:space:]]*//p' "$bench" | head -n 1)"
        [ -n "$smoke_args" ] && echo "     $name $smoke_args"
        mkdir -p "$WORK/bench-data-$name"
        # shellcheck disable=SC2086  # smoke_args is a list of words by design
        ENVOI_DATA_DIR="$WORK/bench-data-$name" ENVOI_BENCH_SMOKE=1 \
            QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
            timeout "${ENVOI_BENCH_TIMEOUT:-300}" "$VENV/bin/python" "$bench" $smoke_args \
            >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
        rc=$?
        if [ "$rc" -ne 0 ]; then
            echo "FAIL $name: exit $rc after $((SECONDS - start)) s; its last output:"
            tail -n 25 "$WORK/$name.err" "$WORK/$name.out"
            failed=1
        elif ! "$VENV/bin/python" - "$WORK/$name.out" <<'EOF'; then
import json, sys
text = open(sys.argv[1], encoding="utf-8").read().strip()
try:
    json.loads(text)
    sys.exit(0)
except ValueError:
    pass
for line in reversed(text.splitlines()):
    try:
        json.loads(line)
        sys.exit(0)
    except ValueError:
        continue
sys.exit(1)
EOF
            echo "FAIL $name: exited 0 but printed no JSON on stdout:"
            tail -n 10 "$WORK/$name.out"
            failed=1
        else
            echo "ok   $name ($((SECONDS - start)) s): $(tr -s ' \n' ' ' <"$WORK/$name.out" | cut -c1-300)"
        fi
    done
    [ "$found" = 1 ] || echo "no benchmarks/*.py yet"
    return "$failed"
}

print_summary() {
    local i
    echo
    echo "================================ envoi test summary ================================"
    for i in "${!STEP_NAMES[@]}"; do
        printf '  %-34s %-16s %5ss\n' "${STEP_NAMES[$i]}" "${STEP_RESULTS[$i]}" "${STEP_SECONDS[$i]}"
    done
    printf '  %-34s %-16s %5ss\n' "total" "" $((SECONDS - T0))
    if [ "$FAILED" = 0 ]; then
        echo "  result: every step passed"
    else
        echo "  result: FAILED (see the steps marked FAIL above)"
    fi
    echo "===================================================================================="
    # pytest's own closing line last, so that whoever reads the end of the log sees the count.
    [ -n "${PYTEST_LINE:-}" ] && echo "$PYTEST_LINE"
    return 0
}

PYTEST_LINE=""

run_step "Debian packages" install_apt_packages
start=$SECONDS
if (ensure_venv test); then
    record "venv + pip install -e .[test]" "ok" $((SECONDS - start))
else
    record "venv + pip install -e .[test]" "FAIL" $((SECONDS - start))
    print_summary
    exit 1
fi
export PATH="$VENV/bin:$PATH"
run_step "translations (.ts -> .qm)" "$VENV/bin/python" packaging/translations.py build

if [ "$RUN_LINT" = 1 ]; then
    run_step "ruff check" ruff check .
    run_step "ruff format --check" ruff format --check .
    run_step "mypy (strict, package)" mypy
    run_step "lint-imports (no Qt below ui)" lint-imports
fi
PYTEST_NO_TESTS=0
run_step "pytest" run_pytest
[ "$PYTEST_NO_TESTS" = 1 ] && STEP_RESULTS[${#STEP_RESULTS[@]} - 1]="ok (NO TESTS)"
# The Linux bundle (PyInstaller one folder, no .deb) and its --selftest; the benchmarks step
# then times its start-up (benchmarks/bundle_startup.py).
if [ "$(uname -s)" = Linux ]; then
    run_step "Linux bundle + --selftest" bash packaging/build_linux.sh --no-deb
fi
if [ "$RUN_BENCH" = 1 ]; then
    run_step "benchmarks (smoke size)" run_benchmarks
fi

print_summary
exit "$FAILED"
