#!/usr/bin/env bash
# Install Envoi into ./.venv (first run only) and open it.
#
#   bash scripts/run.sh                 open the main window on the local SQLite file
#   bash scripts/run.sh --db URL        open a PostgreSQL team database instead
#   bash scripts/run.sh contacts --help any `envoi` command works the same way
#
# ENVOI_EXTRAS=postgres adds the PostgreSQL driver; ENVOI_PYTHON picks the interpreter.
set -euo pipefail

# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

ensure_venv "${ENVOI_EXTRAS:-}"
# The French translation is built from its .ts sources (the .qm is not committed).
"$VENV/bin/python" "$ROOT/packaging/translations.py" build >/dev/null ||
    warn "could not build the translations: the window will be in English"

# On Linux, Qt's X11 plugin needs a few system libraries that minimal installs lack
# (libxcb-cursor0 most often). Name them, and install them when we can, rather than let
# Qt print "could not load the Qt platform plugin xcb".
qt_missing_packages() {
    local qt lib pkg
    qt="$("$VENV/bin/python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))' 2>/dev/null)" || return 0
    # The X11 platform plugin, and QtWebEngine (the template preview) when it is installed.
    for lib in $(ldd "$qt/plugins/platforms/libqxcb.so" "$qt/lib/libQt6WebEngineCore.so.6" 2>/dev/null |
        awk '/not found/ {print $1}' | sort -u); do
        # libxcb-cursor.so.0 -> libxcb-cursor0, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0
        pkg="${lib%%.so*}"
        case "$lib" in
            libEGL.so.*) pkg=libegl1 ;;
            libGL.so.*) pkg=libgl1 ;;
            libOpenGL.so.*) pkg=libopengl0 ;;
            libX11-xcb.so.*) pkg=libx11-xcb1 ;;
            libglib-2.0.so.* | libgthread-2.0.so.* | libgobject-2.0.so.*) pkg=libglib2.0-0 ;;
            libnss3.so | libnssutil3.so | libsmime3.so) pkg=libnss3 ;;
            libnspr4.so | libplc4.so | libplds4.so) pkg=libnspr4 ;;
            *.so) pkg="$(echo "$pkg" | tr '[:upper:]' '[:lower:]')" ;;
            *)
                local ver="${lib##*.so.}"
                ver="${ver%%.*}"
                pkg="$(echo "$pkg" | tr '[:upper:]' '[:lower:]')"
                if [[ "$pkg" =~ [0-9]$ ]]; then pkg="$pkg-$ver"; else pkg="$pkg$ver"; fi
                ;;
        esac
        echo "$pkg"
    done | sort -u
}

if [ "$(uname -s)" = "Linux" ] && [ "${QT_QPA_PLATFORM:-xcb}" = "xcb" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    mapfile -t missing < <(qt_missing_packages)
    if [ "${#missing[@]}" -gt 0 ]; then
        warn "Qt needs these system libraries to open a window: ${missing[*]}"
        if command -v apt-get >/dev/null 2>&1; then
            if [ "$(id -u)" = 0 ]; then
                DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" ||
                    warn "apt-get could not install them"
            elif command -v sudo >/dev/null 2>&1; then
                sudo apt-get install -y --no-install-recommends "${missing[@]}" ||
                    warn "sudo apt-get could not install them"
            else
                warn "install them with: apt-get install ${missing[*]}"
            fi
        else
            warn "install them with your system's package manager"
        fi
    fi
fi

exec "$VENV/bin/envoi" "$@"
