#!/usr/bin/env bash
# Smoke-test a built bundle the way a user without Python would run it.
#
#   packaging/smoke.sh [dist/article-viewer]
#
# Each command runs under `env -i` with a PATH that holds no python, a fresh HOME, and the
# current directory outside the checkout, so nothing can come from site-packages or the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(cd "${1:-dist/article-viewer}" && pwd)
EXE=$BUNDLE/article-viewer
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/home" "$tmp/work" "$tmp/run"
chmod 700 "$tmp/run"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

# An empty PATH directory: /usr/bin has python3 on many machines, so it is not used.
if env -i PATH="$tmp/bin" /bin/sh -c 'command -v python3 || command -v python' >/dev/null; then
    fail "python is reachable on the smoke PATH"
fi

# bundle ARGS...: run the bundled app in the stripped environment; stdout to $tmp/stdout.
bundle() {
    local rc=0
    (cd "$tmp/work" && env -i PATH="$tmp/bin" HOME="$tmp/home" LANG=C.UTF-8 \
        XDG_RUNTIME_DIR="$tmp/run" QT_QPA_PLATFORM=offscreen \
        "$EXE" "$@") >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "--- stdout"; cat "$tmp/stdout"; echo "--- stderr"; cat "$tmp/stderr"
        fail "'article-viewer $*' exited with $rc"
    fi
}

# png_size FILE: prints "WIDTHxHEIGHT" of a PNG, or fails if FILE is not a PNG.
png_size() {
    [[ -s $1 ]] || fail "$1 is missing or empty"
    [[ $(od -An -N8 -tx1 "$1" | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$1 is not a PNG"
    local b
    read -r -a b < <(od -An -j16 -N8 -tu1 "$1")
    echo "$(( (b[0]<<24) + (b[1]<<16) + (b[2]<<8) + b[3] ))x$(( (b[4]<<24) + (b[5]<<16) + (b[6]<<8) + b[7] ))"
}

echo "== smoke: --version"
bundle --version
[[ $(cat "$tmp/stdout") == "article-viewer $VERSION" ]] \
    || fail "--version printed '$(cat "$tmp/stdout")', expected 'article-viewer $VERSION'"
cat "$tmp/stdout"

echo "== smoke: --screenshot of the bundled seed article"
bundle --screenshot "$tmp/work/out.png" --data-dir "$tmp/data"
size=$(png_size "$tmp/work/out.png")
[[ $size == 1280x800 ]] || fail "the screenshot is $size, expected 1280x800"
echo "out.png: $size PNG, $(wc -c <"$tmp/work/out.png") bytes"
if [[ -n ${SMOKE_KEEP_SCREENSHOT:-} ]]; then cp "$tmp/work/out.png" "$SMOKE_KEEP_SCREENSHOT"; fi

echo "== smoke: --screenshot of a saved HTML page (trafilatura and its data files)"
cat >"$tmp/work/page.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title>
<meta name="author" content="A. Reporter"><meta property="article:published_time" content="2026-03-02">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>The bridge reopened on Monday after six months of repairs to its deck and cables.</p>
<p>"We are proud of the crews who worked through the winter," said Mayor Jane Doe at the ceremony.</p>
<p>Traffic engineer Sam Lee said the new surface "should last another forty years" if maintained.</p>
<p>Commuters had faced detours of up to half an hour while the work went on.</p>
</article><footer>Copyright the Example Gazette</footer></body></html>
HTML
bundle "$tmp/work/page.html" --screenshot "$tmp/work/page.png" --data-dir "$tmp/data"
size=$(png_size "$tmp/work/page.png")
[[ $size == 1280x800 ]] || fail "the HTML screenshot is $size, expected 1280x800"
echo "page.png: $size PNG"

echo "== smoke: quotes --format json"
article=$BUNDLE/_internal/desktop_app/resources/article.txt
[[ -f $article ]] || fail "the seed article is not in the bundle at $article"
bundle quotes --format json "$article"
[[ -s $tmp/stdout ]] || fail "quotes printed nothing"
if command -v python3 >/dev/null; then  # the checker may use python; the bundle may not
    python3 -c 'import json, sys; d = json.load(sys.stdin); assert d, "no quotes"; print(f"{len(d)} quotes, valid JSON")' \
        <"$tmp/stdout" || fail "quotes --format json did not print a non-empty JSON document"
else
    head -c 1 "$tmp/stdout" | grep -q '[[{]' || fail "quotes --format json did not print JSON"
fi

echo "== smoke: the quote engine in the bundle"
if compgen -G "$BUNDLE/_internal/desktop_app/core/quotes.*.so" >/dev/null; then
    echo "compiled with mypyc"
elif [[ ${REQUIRE_COMPILED_ENGINE:-} == 1 ]]; then
    fail "the bundle carries the pure-Python quote engine: the wheel was built without mypyc"
else
    echo "pure Python (the wheel was built without mypyc)"
fi

echo "== smoke: a missing file is an error message, not a traceback"
rc=0
(cd "$tmp/work" && env -i PATH="$tmp/bin" HOME="$tmp/home" QT_QPA_PLATFORM=offscreen \
    "$EXE" "$tmp/work/no-such-file.txt") >/dev/null 2>"$tmp/stderr" || rc=$?
[[ $rc -ne 0 ]] || fail "opening a missing file exited 0"
grep -q Traceback "$tmp/stderr" && fail "opening a missing file printed a traceback"
cat "$tmp/stderr"

echo "== smoke: the bundle stays lean"
for module in Qml Quick Network OpenGL Svg Pdf WebEngineCore Multimedia; do
    if [[ -n $(find "$BUNDLE" -name "libQt6$module.so*" -print -quit) ]]; then
        fail "libQt6$module is in the bundle: the app does not use it"
    fi
done
size_mb=$(du -sm "$BUNDLE" | cut -f1)
[[ $size_mb -le ${SMOKE_MAX_MB:-160} ]] || fail "the bundle is $size_mb MB, over ${SMOKE_MAX_MB:-160} MB"
echo "$size_mb MB"

if [[ -f $BUNDLE/install.sh ]]; then
    echo "== smoke: install.sh into a scratch prefix, run from there, uninstall"
    prefix=$tmp/prefix
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" bash "$BUNDLE/install.sh" --prefix "$prefix"
    (cd "$tmp/work" && env -i PATH="$tmp/bin" HOME="$tmp/home" "$prefix/bin/article-viewer" \
        --version) | grep -qx "article-viewer $VERSION" || fail "the installed command does not run"
    installed=$prefix/share/applications/io.github.article_viewer.ArticleViewer.desktop
    grep -qx "Exec=$prefix/bin/article-viewer %f" "$installed" || fail "installed Exec= is wrong"
    if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$installed"; fi
    [[ -f $prefix/share/icons/hicolor/256x256/apps/article-viewer.png ]] || fail "no icon installed"
    # the quote engine keeps its compiled patterns in the user's cache; uninstall removes them
    (cd "$tmp/work" && env -i PATH="$tmp/bin" HOME="$tmp/home" "$prefix/bin/article-viewer" \
        quotes "$article") >/dev/null || fail "the installed command cannot list quotes"
    compgen -G "$tmp/home/.cache/article-viewer/regex-*" >/dev/null \
        || fail "the quote engine kept no pattern cache in ~/.cache/article-viewer"
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" bash "$prefix/lib/article-viewer/install.sh" \
        --uninstall --prefix "$prefix"
    left=$(find "$prefix" \( -type f -o -type l \) ! -name mimeinfo.cache ! -name icon-theme.cache)
    [[ -z $left ]] || fail "uninstall left files behind: $left"
    [[ ! -e $tmp/home/.cache/article-viewer ]] || fail "uninstall left the pattern cache behind"
fi

echo "smoke: all passed (bundle $(du -sh "$BUNDLE" | cut -f1), $BUNDLE)"
