# shellcheck shell=bash
# Sourced by .ci/run: makes Debian's Chromium available to the browser
# tests of examples/server and exports its path as MOTCUA_CHROMIUM.
# Installs the package `chromium` (apt-get update first) when it is
# missing; as root directly, otherwise through sudo.
if [ -z "${MOTCUA_CHROMIUM:-}" ]; then
  if [ -x /usr/bin/chromium ]; then
    MOTCUA_CHROMIUM=/usr/bin/chromium
  elif command -v chromium >/dev/null 2>&1; then
    MOTCUA_CHROMIUM="$(command -v chromium)"
  else
    echo "Chromium is not installed: installing the Debian package chromium"
    _sudo=""; [ "$(id -u)" -eq 0 ] || _sudo="sudo"
    $_sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $_sudo apt-get install -y chromium
    unset _sudo
    MOTCUA_CHROMIUM=/usr/bin/chromium
  fi
fi
if [ ! -x "$MOTCUA_CHROMIUM" ]; then
  echo "no Chromium at $MOTCUA_CHROMIUM"; return 1 2>/dev/null || exit 1
fi
export MOTCUA_CHROMIUM
echo "Chromium: $("$MOTCUA_CHROMIUM" --version 2>/dev/null || echo "$MOTCUA_CHROMIUM")"
