#!/usr/bin/env bash
# Prepares this machine for SIPDUMAS: system packages (Tesseract with the Indonesian model, Qt's
# libraries, LibreOffice Calc without its desktop parts, which the tests use to print the spreadsheets
# as an office does, Dovecot for the e-mail tests' loopback IMAP server), a virtual environment in .venv
# with the project and its test tools.
# Installs system packages when run as root or with password-less sudo; otherwise prints the exact
# command to run and stops, so nothing half-works later.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv python3-pip
  tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng
  poppler-utils xvfb fonts-dejavu-core
  dovecot-imapd
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libfontconfig1 libnss3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
)
# Installed without recommended packages: LibreOffice's recommendations (Java, fonts, the desktop
# integration) would triple the download and add minutes to every fresh CI machine.
LEAN_PACKAGES=(libreoffice-calc-nogui)

missing=()
lean=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  for p in "${LEAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || lean+=("$p")
  done
fi
if ((${#missing[@]} + ${#lean[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt_cmd=(apt-get)
  elif sudo -n true 2>/dev/null; then
    apt_cmd=(sudo apt-get)
  else
    echo "SIPDUMAS needs these system packages; please run:" >&2
    ((${#missing[@]})) && echo "  sudo apt-get install -y ${missing[*]}" >&2
    ((${#lean[@]})) && echo "  sudo apt-get install -y --no-install-recommends ${lean[*]}" >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]} ${lean[*]}"
  DEBIAN_FRONTEND=noninteractive "${apt_cmd[@]}" update -qq
  if ((${#missing[@]})); then
    DEBIAN_FRONTEND=noninteractive "${apt_cmd[@]}" install -y -qq "${missing[@]}" >/dev/null
  fi
  if ((${#lean[@]})); then
    DEBIAN_FRONTEND=noninteractive "${apt_cmd[@]}" install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
  fi
fi

if ! tesseract --list-langs 2>/dev/null | grep -qx ind; then
  echo "Tesseract's Indonesian model is missing: sudo apt-get install -y tesseract-ocr-ind" >&2
  exit 1
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.sipdumas-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi
