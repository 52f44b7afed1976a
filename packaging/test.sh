#!/usr/bin/env bash
# Install slamdesk with its test extras and run the whole test suite headless.
set -euo pipefail
EXTRAS="[test]"
source "$(dirname "$0")/bootstrap.sh"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
