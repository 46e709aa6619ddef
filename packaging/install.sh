#!/usr/bin/env bash
# Install Article Viewer for one user (default) or system-wide, with its menu entry and icon.
#
#   ./install.sh                     # into ~/.local: ~/.local/bin/article-viewer, menu entry, icon
#   sudo ./install.sh --prefix /usr/local
#   ./install.sh --uninstall [--prefix DIR]
#
# Run from an unpacked bundle (dist/article-viewer/install.sh), it installs the bundle itself.
# Run from a checkout (packaging/install.sh) after `pip install`, it installs only the menu entry,
# metainfo and icons, for the `article-viewer` command pip put on your PATH.
set -euo pipefail

APP_ID=io.github.article_viewer.ArticleViewer
ICON=article-viewer
PREFIX=$HOME/.local
uninstall=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --prefix) PREFIX=$2; shift 2 ;;
        --prefix=*) PREFIX=${1#--prefix=}; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
if [[ -x $here/article-viewer && -d $here/share ]]; then  # an unpacked bundle
    bundle=$here
    share=$here/share
    icons=$share/icons/hicolor
elif [[ -d $here/../resources ]]; then  # a checkout: desktop files only
    bundle=""
    share=""
    resources=$(cd "$here/../resources" && pwd)
else
    echo "install.sh: run me from an unpacked bundle or from a checkout's packaging/" >&2
    exit 1
fi

SIZES=(16 32 48 64 128 256)
app_dir=$PREFIX/lib/article-viewer
bin=$PREFIX/bin/article-viewer
desktop=$PREFIX/share/applications/$APP_ID.desktop
metainfo=$PREFIX/share/metainfo/$APP_ID.metainfo.xml
hicolor=$PREFIX/share/icons/hicolor

refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$PREFIX/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f $hicolor/index.theme ]]; then
        gtk-update-icon-cache -q -t "$hicolor" || true
    fi
}

if [[ $uninstall -eq 1 ]]; then
    rm -f "$desktop" "$metainfo" "$hicolor/scalable/apps/$ICON.svg"
    for size in "${SIZES[@]}"; do rm -f "$hicolor/${size}x${size}/apps/$ICON.png"; done
    if [[ -L $bin && $(readlink "$bin") == "$app_dir/article-viewer" ]]; then rm -f "$bin"; fi
    rm -rf "$app_dir"
    rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/article-viewer"  # only the quote engine's patterns
    refresh_caches
    echo "Article Viewer removed from $PREFIX (your comments and settings are kept)."
    exit 0
fi

mkdir -p "$PREFIX/share/applications" "$PREFIX/share/metainfo" "$hicolor/scalable/apps"
if [[ -n $bundle ]]; then
    rm -rf "$app_dir.new"
    mkdir -p "$PREFIX/lib" "$PREFIX/bin"
    cp -a "$bundle" "$app_dir.new"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
    ln -sfn "$app_dir/article-viewer" "$bin"
    # The menu entry runs the installed bundle even when $PREFIX/bin is not on PATH.
    sed -e "s|^Exec=article-viewer |Exec=$bin |" -e "s|^TryExec=article-viewer$|TryExec=$bin|" \
        "$share/applications/$APP_ID.desktop" >"$desktop"
    cp "$share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
    cp "$icons/scalable/apps/$ICON.svg" "$hicolor/scalable/apps/"
    for size in "${SIZES[@]}"; do
        mkdir -p "$hicolor/${size}x${size}/apps"
        cp "$icons/${size}x${size}/apps/$ICON.png" "$hicolor/${size}x${size}/apps/"
    done
else
    cp "$resources/$APP_ID.desktop" "$desktop"
    cp "$resources/$APP_ID.metainfo.xml" "$metainfo"
    cp "$resources/icons/$ICON.svg" "$hicolor/scalable/apps/"
    for size in "${SIZES[@]}"; do
        mkdir -p "$hicolor/${size}x${size}/apps"
        cp "$resources/icons/$ICON-$size.png" "$hicolor/${size}x${size}/apps/$ICON.png"
    done
fi
refresh_caches
echo "Article Viewer installed in $PREFIX${bundle:+ (run: $bin)}."
