"""The mail connections' TLS context: made once per CA file and shared, verifying, and made
again when the CA file changes."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

from tests.outboxfixtures.smtpserver import make_certificate
from unghost.mail.tls import tls_context


def _subjects(context: ssl.SSLContext) -> list[str]:
    return [str(dict(pair[0] for pair in c["subject"])) for c in context.get_ca_certs()]


def test_the_system_context_is_made_once_and_verifies():
    first = tls_context()
    assert tls_context(None) is first
    assert first.verify_mode is ssl.CERT_REQUIRED and first.check_hostname


def test_a_ca_file_gets_its_own_context_until_it_changes(tmp_path: Path):
    cert = make_certificate(tmp_path)
    path = str(cert.certfile)
    first = tls_context(path)
    assert tls_context(path) is first and first is not tls_context()
    assert first.verify_mode is ssl.CERT_REQUIRED and first.check_hostname
    assert _subjects(first) == ["{'commonName': 'unghost test server'}"]
    # the file is replaced (a renewed bridge certificate): the next connection trusts the new one
    (tmp_path / "new").mkdir()
    other = make_certificate(tmp_path / "new")
    Path(path).write_bytes(Path(other.certfile).read_bytes())
    stat = os.stat(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    renewed = tls_context(path)
    assert renewed is not first and tls_context(path) is renewed
    assert [c["serialNumber"] for c in renewed.get_ca_certs()] != [
        c["serialNumber"] for c in first.get_ca_certs()
    ]
