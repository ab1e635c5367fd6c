#!/usr/bin/env bash
# macOS: wrap dist/LawfulReq.app (from the PyInstaller build) in dist/LawfulReq-<version>.dmg.
# Uses only hdiutil (part of macOS). Not signed or notarised: Gatekeeper asks the user once.
# Not run on the maintainers' Linux box; CI runs it (packaging/ci/build-installers.yml).
set -euo pipefail
trap 'echo "make_dmg.sh: FAILED (line $LINENO): $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_layout; print(bundle_layout.version())')
APP=dist/LawfulReq.app
DMG=dist/LawfulReq-$VERSION.dmg
[ -d "$APP" ] || { echo "make_dmg.sh: $APP missing: run PyInstaller first" >&2; exit 1; }
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "LawfulReq $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "disk image: $DMG ($(du -h "$DMG" | cut -f1))"
