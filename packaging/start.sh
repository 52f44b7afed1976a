#!/usr/bin/env bash
# Install slamdesk and start it on the default database, with the demo portfolio.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
.venv/bin/slamdesk "$@" demo
exec .venv/bin/slamdesk "$@"
