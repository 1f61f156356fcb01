#!/usr/bin/env bash
# Build Envoi for Linux without Python on the target: a PyInstaller one-folder bundle
# (dist/envoi/), checked and self-tested, then wrapped as a .deb.
#
#   bash packaging/build_linux.sh            bundle + --selftest + dist/envoi_<version>_<arch>.deb
#   bash packaging/build_linux.sh --no-deb   bundle + --selftest only (what CI's test.sh runs)
#
# Steps: the French .qm (packaging/translations.py), PyInstaller (packaging/envoi.spec keeps
# only the Qt Envoi uses), the ICU data trimmed to what QtCore reads (packaging/trim_icu.py:
# needs icupkg from icu-devtools and gcc, else skipped), an ldd check that every library
# resolves (packaging/check_bundle.py), `envoi --selftest` offscreen (it builds every area,
# the QtWebEngine template preview included), then the .deb: /opt/envoi, /usr/bin/envoi,
# the desktop entry, hicolor icons and the *.envoi MIME type; Depends/Recommends come from
# ldd + dpkg -S on the build machine (Debian 12 here). Needs the venv with the `packaging`
# extra: .venv/bin/pip install -e '.[packaging]'.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${ENVOI_VENV:-$ROOT/.venv}/bin/python"
DEB=1
for arg in "$@"; do
    case "$arg" in
        --no-deb) DEB=0 ;;
        -h | --help)
            sed -n '2,17p' "$0"
            exit 0
            ;;
        *)
            echo "unknown argument: $arg" >&2
            exit 2
            ;;
    esac
done

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
T0=$(date +%s.%N)
elapsed() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

step "translations (.ts -> .qm)"
"$PY" packaging/translations.py build

step "PyInstaller (packaging/envoi.spec)"
rm -rf dist/envoi
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/envoi.spec
BUNDLE_SIZE_RAW=$(du -sb dist/envoi | cut -f1)

step "ICU data: keep what QtCore reads"
# A failed trim leaves the library whole (it is replaced only at the end): warn, go on.
"$PY" packaging/trim_icu.py dist/envoi || echo "warning: ICU trim failed; the full ICU data stays" >&2

step "ldd: every library of the bundle resolves"
"$PY" packaging/check_bundle.py dist/envoi

step "envoi --selftest (offscreen, fresh data folder)"
SELFTEST_DIR="$(mktemp -d)"
trap 'rm -rf "$SELFTEST_DIR"' EXIT
# Chromium refuses to run as root with its sandbox on (CI containers run as root).
if [ "$(id -u)" = 0 ]; then
    export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi
ENVOI_DATA_DIR="$SELFTEST_DIR" QT_QPA_PLATFORM=offscreen dist/envoi/envoi --selftest

BUNDLE_SIZE=$(du -sb dist/envoi | cut -f1)
echo "bundle: dist/envoi, $BUNDLE_SIZE bytes unpacked (du -sb; $BUNDLE_SIZE_RAW before trim_icu)"
# Issue 7's budget: say loudly when a new dependency or Qt module takes the bundle past it.
if [ "$BUNDLE_SIZE" -ge 350000000 ]; then
    echo "warning: the bundle is over the 350 MB budget (packaging/README.md: what is kept)" >&2
fi

if [ "$DEB" = 1 ]; then
    step ".deb"
    VERSION="$("$PY" -c 'import envoi; print(envoi.__version__)')"
    ARCH="$(dpkg --print-architecture)"
    STAGE="build/deb/envoi_${VERSION}_${ARCH}"
    rm -rf "$STAGE"
    mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
        "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons/hicolor/scalable/apps"
    cp -a dist/envoi "$STAGE/opt/envoi"
    ln -s /opt/envoi/envoi "$STAGE/usr/bin/envoi"
    install -m 644 packaging/linux/envoi.desktop "$STAGE/usr/share/applications/envoi.desktop"
    install -m 644 packaging/linux/envoi-mime.xml "$STAGE/usr/share/mime/packages/envoi.xml"
    install -D -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/envoi/copyright"
    install -m 644 resources/icons/envoi.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/envoi.svg"
    for size in 16 24 32 48 64 128 256 512; do
        mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
        install -m 644 "resources/icons/envoi-$size.png" \
            "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/envoi.png"
    done
    CONTROL="$("$PY" packaging/check_bundle.py dist/envoi --control)"
    # The C library of the build machine is the floor: Python and the bundle link it.
    LIBC_VERSION="$(dpkg-query -W -f='${Version}' libc6 | sed -E 's/^([0-9]+\.[0-9]+).*/\1/')"
    DEPENDS="$(sed -n 's/^Depends: //p' <<<"$CONTROL" | sed -E "s/(^|, )libc6(,|$)/\1libc6 (>= $LIBC_VERSION)\2/")"
    # shared-mime-info and desktop-file-utils: their dpkg triggers register the *.envoi
    # type and the desktop entry; libpq5: the PostgreSQL team database (psycopg's driver).
    RECOMMENDS="$(sed -n 's/^Recommends: //p' <<<"$CONTROL"), libpq5, libgtk-3-0, libwayland-cursor0, libwayland-egl1, shared-mime-info, desktop-file-utils"
    cat >"$STAGE/DEBIAN/control" <<EOF
Package: envoi
Version: $VERSION
Architecture: $ARCH
Maintainer: Envoi maintainers <envoi@invalid.invalid>
Section: mail
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $DEPENDS
Recommends: $RECOMMENDS
Homepage: https://envoi.invalid/
Description: email campaigns from your own computer
 Envoi keeps contacts and campaigns in one local file, imports the contact
 exports you already have, builds segments from rules, drafts offline, checks
 that the sending domain is set up for deliverability, and sends through your
 own SMTP server while showing progress and bounces.
 .
 This package holds a self-contained build (Python and Qt included) in /opt/envoi.
EOF
    DEB_FILE="dist/envoi_${VERSION}_${ARCH}.deb"
    # xz: the smallest download (dpkg-deb compresses with several threads).
    dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB_FILE" >/dev/null
    echo "deb: $DEB_FILE, $(stat -c %s "$DEB_FILE") bytes"
fi
echo "build time: $(elapsed) s"
