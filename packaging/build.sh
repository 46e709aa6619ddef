#!/usr/bin/env bash
# Build the one-folder bundle dist/article-viewer/ from this checkout, then smoke-test it.
#
#   packaging/build.sh            # venv in packaging/.venv, bundle in dist/article-viewer/
#   PYTHON=python3.12 packaging/build.sh
#
# Re-runnable: the venv is reused, the project is reinstalled, the bundle is rebuilt from
# scratch. Needs a CPython with a shared libpython (Debian's python3, pyenv's default builds).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=packaging/.venv
DIST=dist
WORK=build/pyinstaller
start=$SECONDS

if [[ ! -x $VENV/bin/python ]]; then
    echo "== creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
echo "== building the wheel (the quote engine compiled with mypyc: hatch_build.py)"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
rm -rf build/wheel
"$VENV/bin/python" -m pip wheel --quiet --no-deps --wheel-dir build/wheel .
wheel=$(ls build/wheel/article_viewer-*.whl)
echo "== installing $(basename "$wheel") and PyInstaller into $VENV"
"$VENV/bin/python" -m pip install --quiet "$wheel" "pyinstaller>=6.10,<7"
# Reinstalled every time so the bundle has this checkout's code: the bundle gets the same files
# and metadata as a wheel user.
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheel"

# The X11 platform plugin needs these; missing at build time, they are not bundled, and the app
# then needs them installed on the user's machine (Debian: libxcb-icccm4 libxcb-keysyms1 ...).
for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0; do
    if ! /sbin/ldconfig -p 2>/dev/null | grep -q "$lib"; then
        echo "warning: $lib is not installed here, so the bundle will not carry it" >&2
    fi
done

echo "== pyinstaller"
rm -rf "$DIST/article-viewer"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/article-viewer.spec

# Desktop integration beside the executable, laid out as under /usr/share, and the installer.
APP_ID=io.github.article_viewer.ArticleViewer
share=$DIST/article-viewer/share
install -Dm644 "resources/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "resources/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 resources/icons/article-viewer.svg "$share/icons/hicolor/scalable/apps/article-viewer.svg"
for size in 16 32 48 64 128 256; do
    install -Dm644 "resources/icons/article-viewer-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/article-viewer.png"
done
install -m755 packaging/install.sh "$DIST/article-viewer/install.sh"

echo "== bundle: $(du -sh "$DIST/article-viewer" | cut -f1) in $DIST/article-viewer/" \
     "(built in $((SECONDS - start)) s)"
bash packaging/smoke.sh "$DIST/article-viewer"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml)
tarball=$DIST/article-viewer-$version-linux-$(uname -m).tar.gz
tar -C "$DIST" -czf "$tarball" article-viewer
echo "== $tarball: $(du -h "$tarball" | cut -f1) (unpack, then run article-viewer/install.sh)"
