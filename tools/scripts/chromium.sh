# shellcheck shell=bash
# Debian's Chromium (and CJK fonts, so Chinese renders in screenshots and PDFs) for the
# Playwright browser tests. Playwright never downloads a browser here.

ensure_chromium() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  deb_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
  if [ "${#missing[@]}" -gt 0 ]; then
    rectify_say "installing ${missing[*]} (Debian)"
    apt_install "${missing[@]}"
  fi
  [ -x /usr/bin/chromium ] || rectify_die "/usr/bin/chromium is still missing after installing chromium"
}
