#!/usr/bin/env bash
# Build Envoi for macOS: dist/Envoi.app from packaging/envoi.spec (the same spec as Linux;
# its BUNDLE step writes the Info.plist with the *.envoi document type), its --selftest, then
# dist/Envoi-<version>.dmg (the app and a link to /Applications).
#
#   bash packaging/build_macos.sh
#
# Needs Python 3.11 with `pip install -e '.[packaging]'` in .venv (or ENVOI_PYTHON); hdiutil
# and codesign come with macOS. SIGN step: set ENVOI_CODESIGN_IDENTITY ("Developer ID
# Application: …") to sign the app with the hardened runtime (macos/entitlements.plist).
# NOTARIZE step: also set ENVOI_NOTARY_PROFILE (a `xcrun notarytool store-credentials`
# profile) to notarize and staple the .dmg.
# NOT RUN YET: written to mirror packaging/build_linux.sh (see packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${ENVOI_PYTHON:-$ROOT/.venv/bin/python}"
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

step "translations (.ts -> .qm)"
"$PY" packaging/translations.py build

step "PyInstaller (packaging/envoi.spec)"
rm -rf dist/envoi dist/Envoi.app
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/envoi.spec

step "envoi --selftest (offscreen, fresh data folder)"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
ENVOI_DATA_DIR="$DATA" QT_QPA_PLATFORM=offscreen dist/Envoi.app/Contents/MacOS/envoi --selftest
echo "bundle: dist/Envoi.app, $(du -sk dist/Envoi.app | cut -f1) KiB"

if [ -n "${ENVOI_CODESIGN_IDENTITY:-}" ]; then
    step "SIGN: codesign with the hardened runtime"
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$ENVOI_CODESIGN_IDENTITY" dist/Envoi.app
    codesign --verify --deep --strict dist/Envoi.app
else
    echo "SIGN skipped: ENVOI_CODESIGN_IDENTITY is not set (the app will be unsigned)"
fi

step ".dmg"
VERSION="$("$PY" -c 'import envoi; print(envoi.__version__)')"
STAGE="build/dmg"
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R dist/Envoi.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/Envoi-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Envoi $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${ENVOI_CODESIGN_IDENTITY:-}" ] && [ -n "${ENVOI_NOTARY_PROFILE:-}" ]; then
    step "NOTARIZE: notarytool, then staple"
    codesign --sign "$ENVOI_CODESIGN_IDENTITY" --timestamp "$DMG"
    xcrun notarytool submit "$DMG" --keychain-profile "$ENVOI_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
else
    echo "NOTARIZE skipped: needs ENVOI_CODESIGN_IDENTITY and ENVOI_NOTARY_PROFILE"
fi
echo "dmg: $DMG"
