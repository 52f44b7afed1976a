#!/usr/bin/env bash
# Put slamdesk in the desktop's application menu for this user: the .desktop entry (started from this
# checkout's .venv), the AppStream metainfo and the icon in every size, under $XDG_DATA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/slamdesk ] || { echo "run packaging/start.sh once first (it installs slamdesk into .venv)" >&2; exit 1; }
share="${XDG_DATA_HOME:-$HOME/.local/share}"
id="org.slamdesk.Slamdesk"
install -D -m 0644 resources/icons/slamdesk.svg "$share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 32 48 64 128 256; do
    install -D -m 0644 "resources/icons/slamdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -D -m 0644 "packaging/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
mkdir -p "$share/applications"
sed "s|^Exec=slamdesk$|Exec=$PWD/.venv/bin/slamdesk|" "packaging/$id.desktop" > "$share/applications/$id.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "slamdesk is in the application menu ($share/applications/$id.desktop)"
