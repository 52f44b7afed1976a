#!/usr/bin/env bash
# Install slamdesk with its test extras and run the whole test suite headless.
# The external tools the tests drive are installed too (tests/tools.py): a
# missing one fails its test rather than skipping it.
set -euo pipefail
EXTRAS="[test]"
EXTRA_DEBS="poppler-utils libreoffice-writer-nogui xvfb xauth xdotool"
source "$(dirname "$0")/bootstrap.sh"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
