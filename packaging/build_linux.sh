#!/usr/bin/env bash
# Build LawfulReq for Linux: the PyInstaller folder build, a .tar.gz of it and a .deb.
# Usage: bash packaging/build_linux.sh      (outputs in dist/; needs dpkg-deb, fakeroot, binutils)
set -euo pipefail
trap 'echo "build_linux.sh: FAILED (line $LINENO): $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$SECONDS
die() { echo "build_linux.sh: $*" >&2; exit 1; }
step() { echo "== $* ($((SECONDS - started)) s)"; }

for tool in dpkg-deb dpkg fakeroot ldd readelf objdump strip tar; do
  command -v "$tool" >/dev/null || die "'$tool' is missing: apt-get install dpkg-dev fakeroot binutils"
done

step "virtual environment"
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
# The app's own metadata (version) is copied from the installed distribution: reinstall it.
.venv/bin/python -m pip install --quiet -e '.[package]'
PY=.venv/bin/python
VERSION=$($PY -c 'import sys; sys.path.insert(0, "packaging"); import bundle_layout; print(bundle_layout.version())')
ARCH=$(dpkg --print-architecture)
MAINTAINER=${DEB_MAINTAINER:-"LawfulReq maintainers <packaging@lawfulreq.invalid>"}
export QT_QPA_PLATFORM=offscreen

step "translations"
$PY packaging/prepare.py

step "PyInstaller folder build"
rm -rf build/pyinstaller dist/lawfulreq
$PY -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/lawfulreq.spec
BUNDLE=dist/lawfulreq
[ -x "$BUNDLE/lawfulreq" ] || die "PyInstaller produced no $BUNDLE/lawfulreq"

step "tar.gz"
TARBALL=dist/lawfulreq-$VERSION-linux-$ARCH.tar.gz
tar -C dist --owner=0 --group=0 -czf "$TARBALL" lawfulreq

step "Debian package"
STAGE=build/deb/lawfulreq_${VERSION}_${ARCH}
rm -rf build/deb
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/lawfulreq"
cp -a "$BUNDLE" "$STAGE/opt/lawfulreq"
# Relative, so the link also works inside a `dpkg -x` root.
ln -s ../../opt/lawfulreq/lawfulreq "$STAGE/usr/bin/lawfulreq"
install -m 644 packaging/linux/lawfulreq.desktop "$STAGE/usr/share/applications/"
# The app's own icon (resources/icons): the SVG plus every rendered size.
install -m 644 resources/icons/lawfulreq.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for png in resources/icons/lawfulreq-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/lawfulreq.png"
done
install -m 755 packaging/linux/postinst packaging/linux/postrm "$STAGE/DEBIAN/"
printf 'LawfulReq %s\nProprietary. Bundles Python, Qt (LGPLv3) via PySide6 and the Python packages listed in\n/opt/lawfulreq/_internal/*.dist-info, each under its own licence.\n' \
  "$VERSION" >"$STAGE/usr/share/doc/lawfulreq/copyright"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/lawfulreq.desktop
fi
DEPENDS=$($PY packaging/linux/deb_depends.py "$STAGE/opt/lawfulreq")
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s|@VERSION@|$VERSION|" -e "s|@ARCH@|$ARCH|" -e "s|@INSTALLED_SIZE@|$INSTALLED_SIZE|" \
  -e "s|@DEPENDS@|$DEPENDS|" -e "s|@MAINTAINER@|$MAINTAINER|" \
  packaging/linux/control.in >"$STAGE/DEBIAN/control"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum) \
  >"$STAGE/DEBIAN/md5sums"
chmod -R u+rwX,go+rX,go-w "$STAGE"
DEB=dist/lawfulreq_${VERSION}_${ARCH}.deb
# zstd -12: 61 MB in ~17 s here; xz -6 saves 12 MB but takes ~200 s on 2 cores.
fakeroot dpkg-deb --build -Zzstd -z12 "$STAGE" "$DEB" >/dev/null
dpkg-deb --info "$DEB" >/dev/null

step "done"
echo "folder build: $(du -sh "$BUNDLE" | cut -f1)  $ROOT/$BUNDLE"
echo "tar.gz:       $(du -h "$TARBALL" | cut -f1)  $ROOT/$TARBALL"
echo "deb:          $(du -h "$DEB" | cut -f1)  $ROOT/$DEB (installed size $((INSTALLED_SIZE / 1024)) MB)"
echo "build time:   $((SECONDS - started)) s"
