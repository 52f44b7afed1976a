# Sourced by start.sh and test.sh: system libraries for Qt, then a virtual
# environment in .venv with slamdesk installed (editable) and EXTRAS if set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

QT_LIBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0"

if command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for package in $QT_LIBS ${EXTRA_DEBS:-}; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "installing system packages:$missing"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# Installed once per change of what an install depends on (pyproject.toml, this script, the extras asked
# for): the install is editable, so changes to the code need no reinstall.
STAMP=".venv/.slamdesk-installed"
WANT="$(cat pyproject.toml "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1) ${EXTRAS:-}"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".${EXTRAS:-}"
    echo "$WANT" > "$STAMP"
fi
# The window's translation catalogues, compiled from their sources whenever one changed (never committed).
.venv/bin/python -m slamdesk.ui.common.catalogues
.venv/bin/python -m slamdesk.core.words
