"""A real IMAP server for the tests: Dovecot from Debian's packages, on a free loopback port,
with its own configuration, users and Maildir in a temporary folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "jane@example.com", "imap-secret"
_CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@dataclass(frozen=True)
class Dovecot:
    port: int
    root: Path
    user: str = USER
    password: str = PASSWORD

    def url(self, folder: str = "INBOX") -> str:
        from urllib.parse import quote

        return f"imap+plain://{quote(self.user, safe='')}:{self.password}@127.0.0.1:{self.port}/{quote(folder)}"

    def client(self):  # type: ignore[no-untyped-def]  # imaplib.IMAP4, logged in
        import imaplib

        conn = imaplib.IMAP4("127.0.0.1", self.port)
        conn.login(self.user, self.password)
        return conn

    def new_folder(self) -> str:
        """A fresh, empty folder: tests share one server, never a folder."""
        import uuid

        name = f"t{uuid.uuid4().hex[:10]}"
        conn = self.client()
        try:
            conn.create(name)
        finally:
            conn.logout()
        return name

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        conn = self.client()
        try:
            conn.append(folder, None, None, raw)
        finally:
            conn.logout()


def available() -> bool:
    return shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, root: Path) -> None:
    """Until Dovecot listens on `port`; its log in the error when it does not start."""
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                log = root / "dovecot.log"
                text = log.read_text() if log.exists() else "(no log)"
                raise RuntimeError(f"Dovecot did not start: {text}") from None
            time.sleep(0.05)


@contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    """Start Dovecot for a test session; stop it and remove its files afterwards."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    root = Path(tempfile.mkdtemp(prefix="unghost-dovecot-", dir="/tmp"))
    root.chmod(0o755)  # the mail user (nobody) walks into it
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(root / "mail", "nobody", "nogroup")
        shutil.chown(root / "home", "nobody", "nogroup")
    port = _free_port()
    config = root / "dovecot.conf"
    config.write_text(_CONFIG.format(root=root, port=port), encoding="utf-8")
    # the daemon keeps its standard streams: hand it /dev/null, not a pipe we would wait on
    subprocess.run([binary, "-c", str(config)], check=True, timeout=30,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for_port(port, root)
        yield Dovecot(port=port, root=root)
    finally:
        subprocess.run(["doveadm", "-c", str(config), "stop"], timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)
