"""Dovecot checking OAuth2 bearer tokens (XOAUTH2, OAUTHBEARER) with the stub provider's
introspection endpoint: Dovecot 2.3's `oauth2` passdb, as Debian 12 ships it in dovecot-core.

A password passdb (PLAIN only) stays beside it so a test can put mail in the mailbox."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.dovecot import _CONFIG, PASSWORD, Dovecot, _free_port, wait_for_port

_PASSDB = """passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}"""
_OAUTH = """auth_mechanisms = plain xoauth2 oauthbearer
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  mechanisms = plain
  args = scheme=PLAIN username_format=%u {root}/users
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}"""
_OAUTH_EXT = """introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


@contextmanager
def running_oauth_dovecot(
    introspection_url: str, user: str, *, scope: str | None = None
) -> Iterator[Dovecot]:
    """Dovecot whose IMAP logins with a token ask `introspection_url` whether it is active
    (and, given `scope`, whether the token carries it)."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    root = Path(tempfile.mkdtemp(prefix="unghost-dovecot-oauth-", dir="/tmp"))
    root.chmod(0o755)
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    (root / "users").write_text(f"{user}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
    ext = _OAUTH_EXT.format(url=introspection_url) + (f"scope = {scope}\n" if scope else "")
    (root / "dovecot-oauth2.conf.ext").write_text(ext)
    if os.geteuid() == 0:
        shutil.chown(root / "mail", "nobody", "nogroup")
        shutil.chown(root / "home", "nobody", "nogroup")
    port = _free_port()
    base = _CONFIG.format(root=root, port=port)
    base = base.replace("auth_mechanisms = plain login\n", "")
    base = base.replace(_PASSDB.format(root=root), _OAUTH.format(root=root))
    assert "driver = oauth2" in base, "tests/dovecot.py's configuration changed shape"
    config = root / "dovecot.conf"
    config.write_text(base, encoding="utf-8")
    subprocess.run([binary, "-c", str(config)], check=True, timeout=30,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for_port(port, root)
        yield Dovecot(port=port, root=root, user=user)
    finally:
        subprocess.run(["doveadm", "-c", str(config), "stop"], timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def oauth_world(user: str) -> Iterator[tuple[Any, Dovecot]]:
    """The stub provider and a Dovecot that checks its tokens, for `user`; skipped (failed on
    CI) where Dovecot is not installed."""
    import pytest

    from tests.dovecot import available
    from tests.oauthstub import running_stub

    if not available():
        if os.environ.get("CI"):
            pytest.fail("Dovecot is not installed (scripts/test.sh installs dovecot-imapd)")
        pytest.skip("Dovecot is not installed")
    with running_stub(user) as stub, running_oauth_dovecot(stub.introspection_url, user) as dov:
        yield stub, dov
