#!/usr/bin/env bash
# Install slamdesk (once; again only when pyproject.toml changes) and start it. The demo portfolio goes
# only into a new default database: a register that already exists is never given demo data.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
if [ $# -eq 0 ] && [ -z "${SLAMDESK_DB:-}" ]; then
    database="$(.venv/bin/python -c 'from slamdesk.core.paths import default_database_path; print(default_database_path())')"
    [ -e "$database" ] || .venv/bin/slamdesk demo
fi
exec .venv/bin/slamdesk "$@"
