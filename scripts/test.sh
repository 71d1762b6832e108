#!/usr/bin/env bash
# Run the whole suite: start what the tests need, then pytest. Exit 5 (no tests) is not a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

# PostgreSQL: the store's tests run on it too. Start it when the machine has it stopped.
if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    if command -v pg_ctlcluster >/dev/null; then
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    fi
fi

# Debian packages the tests drive for real: Dovecot (IMAP) and Chromium (the web UI).
missing=""
command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || missing="$missing dovecot-imapd"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
# CJK glyphs, so screenshots of the Chinese pages show characters rather than boxes
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 \
    || missing="$missing fonts-noto-cjk"
if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing$missing for the tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null 2>&1 \
        || echo "could not install$missing"
fi

$BIN/ruff check src tests $( [ -d bench ] && echo bench ) || exit 1
$BIN/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
    echo "pytest collected no tests"
    exit 0
fi
exit $rc
