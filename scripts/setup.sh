#!/usr/bin/env bash
# One-command setup: installs dependencies and a browser if needed, builds, renders input/ to output/.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'cvpress setup: %s\n' "$*"; }

# 1. Node dependencies (puppeteer-core never downloads a browser, so this cannot fail for lack of one).
#    `prepare` compiles src/ to dist/.
# npm ci first; this registry mirror serves only this platform's optional packages (e.g. rollup's
# other-OS builds answer 404), which makes npm ci refuse the lock file: then npm install, same versions.
npm ci --no-audit --no-fund || { echo "npm ci could not use the lock file here; falling back to npm install"; npm install --no-audit --no-fund; }

# 2. A browser: PUPPETEER_EXECUTABLE_PATH, else a Chromium/Chrome on this machine, else Debian's chromium.
have_browser() {
  if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then [ -x "$PUPPETEER_EXECUTABLE_PATH" ]; return; fi
  node --input-type=module -e "import('./dist/print/find-browser.js').then((m) => { m.findBrowser(); }).catch(() => process.exit(1))" 2>/dev/null
}
install_debian() {
  say "installing Debian packages: $*"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
missing=()
have_browser || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Chromium's headless shell: the same engine without the browser's interface, starts about five times faster.
optional=()
[ -x /usr/lib/chromium/chromium-headless-shell ] || command -v chromium-headless-shell >/dev/null 2>&1 || optional+=(chromium-headless-shell)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    install_debian "${missing[@]}"
  elif [[ " ${missing[*]} " == *" chromium "* ]]; then
    say "no Chromium or Chrome found, and this is not a root shell with apt-get."
    say "install one, e.g.  sudo apt-get install -y chromium poppler-utils  (Debian/Ubuntu),"
    say "or point PUPPETEER_EXECUTABLE_PATH at a Chrome/Chromium binary; then run  npm run setup  again."
    exit 1
  else
    say "poppler-utils is missing: --png and the tests need it (sudo apt-get install -y poppler-utils)."
  fi
fi
if [ ${#optional[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing ${optional[*]} (faster start; optional)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${optional[@]}"; } || say "could not install ${optional[*]}; the full chromium is used."
fi
have_browser || { say "still no usable browser after installing; set PUPPETEER_EXECUTABLE_PATH."; exit 1; }

# 3. Render the samples.
npm start
say "done: see output/"
