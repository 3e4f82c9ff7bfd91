#!/usr/bin/env bash
# Rebuilds the images and PDFs of the help-center guide (content/{fr,en}/help-center/) from the running HelpCenter.
# Not run by CI: it documents how the files were made. Run it from anywhere after changing the HelpCenter's pages or
# the guides, then look at the files before committing them.
#
# Needs: the .NET SDK, chromium, imagemagick (convert) and webp (cwebp):
#   apt-get update && apt-get install -y chromium imagemagick webp
#
# Per language (fr, en), in content/<lang>/help-center/:
#   images/home.png             /<lang>/ (the guides of that language), 1000x280 PNG
#   guide-page.webp             /<lang>/guides/ameli, 1000x800, WebP quality 80
#   images/language-switch.jpg  the top 1000x330 of the same page (language links, title), JPEG quality 85
#   checklist-<lang>.pdf        scripts/help-center/checklist-<lang>.html printed on one A4 page
# flow.svg is written by hand (no script, no external reference); it is not generated.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

for tool in dotnet chromium convert cwebp curl python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

chrome() {
    # A fresh profile each time; no network other than the loopback server.
    chromium --headless --disable-gpu --no-sandbox --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1 \
        --user-data-dir="$work/profile" "$@" 2>/dev/null
}

# The HelpCenter on a free loopback port, built in Release (drafts left out, as the package ships).
dotnet build "$root/samples/HelpCenter" -c Release -v quiet -nologo
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
dotnet "$root/samples/HelpCenter/bin/Release/net10.0/HelpCenter.dll" --urls "$url" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "$url/" 2>/dev/null && break
    sleep 0.5
done
curl -fsS -o /dev/null "$url/" || { cat "$work/server.log" >&2; exit 1; }

for lang in fr en; do
    out="$root/content/$lang/help-center"
    mkdir -p "$out/images"

    # The language's own home page: what the reader sees after choosing the language.
    chrome --window-size=1000,280 --screenshot="$work/home.png" "$url/$lang/"
    convert "$work/home.png" -strip "$out/images/home.png"

    # A guide page (Ameli, the other guide in both languages, so that the picture shows no picture of itself).
    chrome --window-size=1000,800 --screenshot="$work/guide.png" "$url/$lang/guides/ameli"
    cwebp -quiet -q 80 -metadata none "$work/guide.png" -o "$out/guide-page.webp"
    convert "$work/guide.png" -crop 1000x330+0+0 +repage -strip -sampling-factor 4:2:0 -quality 85 \
        "$out/images/language-switch.jpg"

    # The one-page printable checklist.
    chrome --no-pdf-header-footer --print-to-pdf="$out/checklist-$lang.pdf" \
        "file://$root/scripts/help-center/checklist-$lang.html"
done

ls -l "$root"/content/{fr,en}/help-center/ "$root"/content/{fr,en}/help-center/images/
