"""The server key: AES-256-GCM for the secrets kept in the database (mail passwords).

`UNGHOST_SERVER_KEY` holds one or more base64 keys of 32 bytes, comma-separated: the first
seals, every one opens, so keys rotate by putting a new one first and running
`unghost server rekey` (which seals every secret again with it) before dropping the old one.
Each sealed value keeps the id of its key (a digest of the key, never the key) and is bound to
its owner and purpose (the associated data), so a value copied to another row does not open.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from unghost.errors import InvalidInputError, StorageError

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # the GCM nonce NIST SP 800-38D recommends; random per value
KEY_ID_CHARS = 16


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"unghost-server-key:" + key).hexdigest()[:KEY_ID_CHARS]


def new_key_text() -> str:
    """A fresh key to put in UNGHOST_SERVER_KEY."""
    return base64.b64encode(os.urandom(KEY_BYTES)).decode("ascii")


@dataclass(frozen=True)
class Sealed:
    key_id: str
    nonce: bytes
    ciphertext: bytes  # with GCM's 16-byte tag at its end


class ServerKeys:
    """The keys of UNGHOST_SERVER_KEY: the first seals, all open."""

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise InvalidInputError("no server key")
        self._keys = {key_id(k): k for k in keys}
        self.current = key_id(keys[0])

    @classmethod
    def from_text(cls, text: str | None) -> ServerKeys:
        if not text or not text.strip():
            raise InvalidInputError(
                "server mode keeps mail passwords encrypted and needs a key for it",
                hint="set UNGHOST_SERVER_KEY to the output of `unghost server key` (the same "
                "on every worker and web machine; keep it out of the database's backups)",
            )
        keys = []
        for part in text.split(","):
            try:
                key = base64.b64decode(part.strip(), validate=True)
            except (binascii.Error, ValueError):
                key = b""
            if len(key) != KEY_BYTES:
                raise InvalidInputError(
                    "UNGHOST_SERVER_KEY must be base64 keys of 32 bytes, comma-separated",
                    hint="make one with `unghost server key`",
                )
            keys.append(key)
        return cls(keys)

    def seal(self, plaintext: str, context: str) -> Sealed:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(NONCE_BYTES)
        data = AESGCM(self._keys[self.current]).encrypt(nonce, plaintext.encode(), context.encode())
        return Sealed(self.current, nonce, data)

    def open(self, sealed: Sealed, context: str) -> str:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key = self._keys.get(sealed.key_id)
        if key is None:
            raise StorageError(
                f"a secret was sealed with the server key {sealed.key_id}, which "
                "UNGHOST_SERVER_KEY no longer holds",
                hint="put that key back in UNGHOST_SERVER_KEY (after the current one)",
            )
        try:
            return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, context.encode()).decode()
        except InvalidTag:
            raise StorageError("a sealed secret does not open: changed or moved") from None
