#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, from Debian's packages, when it is missing:
#   chromium            the headless browser of the HelpCenter's end-to-end test (Playwright uses it as it is)
#   clang, zlib1g-dev   the native linker and library that NativeAOT publishing needs (GuideViewer's AOT test)
# Idempotent and quiet: it does nothing when everything is there. Needs root (or sudo) for apt-get.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v clang >/dev/null 2>&1 || missing+=(clang)
dpkg-query -W -f='${Status}' zlib1g-dev 2>/dev/null | grep -q "install ok installed" || missing+=(zlib1g-dev)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo -n)
else
  echo "install-prerequisites: missing ${missing[*]}; run this script as root to install them." >&2
  exit 1
fi

echo "install-prerequisites: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >/dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-prerequisites: done" >&2
