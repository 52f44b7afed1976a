#!/usr/bin/env bash
# Install slamdesk with its test extras and run the whole test suite headless.
# The external tools the tests drive are installed too (tests/tools.py): a
# missing one fails its test rather than skipping it. PostgreSQL's server runs
# the core, document and command-line tests a second time on a throwaway
# cluster that the tests start and stop themselves (tests/pg.py).
set -euo pipefail
EXTRAS="[test]"
EXTRA_DEBS="poppler-utils libreoffice-writer-nogui xvfb xauth xdotool postgresql desktop-file-utils appstream"
source "$(dirname "$0")/bootstrap.sh"
# Lint and types first: a finding fails the run before any test (rules in pyproject.toml).
.venv/bin/ruff check slamdesk tools bench tests
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen
# Two workers (CI has two cores); each starts its own throwaway PostgreSQL cluster.
exec .venv/bin/python -m pytest -q -p no:cacheprovider -n "${SLAMDESK_TEST_WORKERS:-2}" "$@"
