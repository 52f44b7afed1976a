#!/usr/bin/env bash
# Install slamdesk with its test extras and run the whole test suite headless.
# The external tools the tests drive are installed too (tests/tools.py): a
# missing one fails its test rather than skipping it. PostgreSQL's server runs
# the core, document and command-line tests a second time on a throwaway
# cluster that the tests start and stop themselves (tests/pg.py): those that
# together send every statement the suite sends, and every test of processes,
# threads or the modules marked both_backends (tools/postgresql_cover.py).
set -euo pipefail
EXTRAS="[test]"
EXTRA_DEBS="poppler-utils libreoffice-writer-nogui xvfb xauth xdotool postgresql desktop-file-utils appstream locales eatmydata"
source "$(dirname "$0")/bootstrap.sh"
export QT_QPA_PLATFORM=offscreen
# Compiled modules are kept (some machines set PYTHONDONTWRITEBYTECODE): the slamdesk processes the tests start load
# slamdesk compiled once rather than compiling it each, and each pytest worker reads the test modules pytest has
# rewritten once rather than rewriting them all (a worker's collection: 19.5 s cold, 6.5 s warm).
unset PYTHONDONTWRITEBYTECODE
# ... and they are written on the second core while mypy checks on the first (collecting writes them).
[ $# -ne 0 ] || .venv/bin/python -m pytest -q -p no:cacheprovider --collect-only > /dev/null 2>&1 &
# Lint and types first: a finding fails the run before any test (rules in pyproject.toml).
.venv/bin/ruff check slamdesk tools bench tests
.venv/bin/mypy
wait || true  # a module that cannot be collected fails the run below, with its error
# Throwaway databases need no fsync: eatmydata turns it into a no-op for the run (as the test PostgreSQL clusters
# run with fsync=off), a fifth off the suite's time. Nothing a test checks depends on it: a process killed
# mid-write (tests/core/test_crash.py) loses nothing the kernel holds; only a power cut would.
FAST=""
if command -v eatmydata > /dev/null; then FAST="eatmydata"; fi
# Swedish and US English, for the run under them below and for the tests that start processes under them
# (tests/core/test_agreement_document.py: a document is the same whatever the machine's locale).
for name in sv_SE en_US; do
    if ! locale -a | grep -qix "$name.utf8"; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo localedef -i "$name" -c -f UTF-8 "$name.UTF-8"
    fi
done
# Two workers (CI has two cores); each starts its own throwaway PostgreSQL cluster.
$FAST .venv/bin/python -m pytest -q -p no:cacheprovider -n "${SLAMDESK_TEST_WORKERS:-2}" "$@"
[ $# -eq 0 ] || exit 0
# The whole suite ran under the machine's locale (C.UTF-8 on CI); the tests of what is formatted for people (money,
# dates and numbers in the window, money in core) run again under Swedish and US English. Documents are written in
# the agreement's language and the command line in English, never the machine's: two tests of the main run start
# processes under sv_SE.UTF-8 and find the same documents and output as under C.UTF-8
# (test_a_document_is_the_same_whatever_the_machines_locale, test_what_scripts_read_is_the_same_whatever_the_machines_locale).
LOCALE_TESTS="tests/core/test_money.py tests/core/test_pricing.py tests/ui/common/test_formatting.py
tests/ui/requirements/test_pricing_matrix.py tests/ui/requirements/test_requirements_editor.py
tests/ui/register/test_register_model.py"
# Both locales in one run, a worker each (--dist each: every test on both), each worker a Python started under its
# locale (a wrapper that sets LANG and LC_ALL before Python starts, as a user's session would): 73 s against 86 s
# for two runs one after the other.
WRAPPERS="$(mktemp -d)"
trap 'rm -rf "$WRAPPERS"' EXIT
TX=()
for name in sv_SE en_US; do
    printf '#!/bin/sh\nLANG=%s.UTF-8 LC_ALL=%s.UTF-8 exec %s "$@"\n' "$name" "$name" "$PWD/.venv/bin/python" \
        > "$WRAPPERS/python-$name"
    chmod +x "$WRAPPERS/python-$name"
    TX+=(--tx "popen//python=$WRAPPERS/python-$name")
done
echo "the locale-sensitive tests under sv_SE.UTF-8 and en_US.UTF-8"
# shellcheck disable=SC2086
$FAST .venv/bin/python -m pytest -q -p no:cacheprovider --dist each "${TX[@]}" -k "not postgresql" $LOCALE_TESTS
