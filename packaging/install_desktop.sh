#!/usr/bin/env bash
# Install or remove the Linux launcher and icon for the current user (XDG paths):
#   packaging/install_desktop.sh install [EXECUTABLE]   # default: dist/ukjp-desktop/ukjp-desktop
#   packaging/install_desktop.sh uninstall
# Writes $XDG_DATA_HOME/applications/ukjp-desktop.desktop (XDG_DATA_HOME defaults to
# ~/.local/share) and the icon into $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps and scalable/apps.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"
name=ukjp-desktop
sizes="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
}

case "${1:-}" in
install)
    exe="$(realpath -m "${2:-$here/dist/$name/$name}")"
    [ -x "$exe" ] || { echo "install-desktop: $exe is not built yet (run: make package)" >&2; exit 1; }
    mkdir -p "$apps" "$icons/scalable/apps"
    for n in $sizes; do
        mkdir -p "$icons/${n}x${n}/apps"
        cp "$here/resources/icons/$name-$n.png" "$icons/${n}x${n}/apps/$name.png"
    done
    cp "$here/resources/icons/$name.svg" "$icons/scalable/apps/$name.svg"
    # Exec and TryExec point at the bundle; a path with spaces is quoted as the spec requires.
    quoted="\"${exe//\"/\\\"}\""
    sed -e "s|^Exec=.*|Exec=$quoted|" -e "s|^TryExec=.*|TryExec=$exe|" \
        "$here/resources/$name.desktop" > "$apps/$name.desktop.tmp"
    chmod 644 "$apps/$name.desktop.tmp"
    mv "$apps/$name.desktop.tmp" "$apps/$name.desktop"
    refresh
    echo "installed $apps/$name.desktop -> $exe"
    ;;
uninstall)
    rm -f "$apps/$name.desktop" "$icons/scalable/apps/$name.svg"
    for n in $sizes; do rm -f "$icons/${n}x${n}/apps/$name.png"; done
    refresh
    echo "removed the $name launcher and icons from $data"
    ;;
*)
    echo "usage: $0 install [EXECUTABLE] | uninstall" >&2
    exit 2
    ;;
esac
