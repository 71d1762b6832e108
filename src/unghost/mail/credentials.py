"""Where mail passwords are kept: the OS keyring when it is real, else a file only the user reads.

Never in the database. A keyring backend that does not protect secrets is refused
(research/libraries.md 15): keyring's `fail` and `null` backends, keyrings.alt's file backends
(PlaintextKeyring writes base64 to disk; EncryptedKeyring prompts on the terminal, which hangs a
worker) and a chainer made only of those.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Protocol

from unghost.errors import StorageError
from unghost.mail.accounts import account_setting

_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")
_FORMAT = "unghost-credentials/v1"
AUTO = "auto"


class CredentialStore(Protocol):
    kind: str  # keyring or file
    where: str  # for messages: the backend's name or the file's path

    def save_password(self, key: str, password: str) -> None: ...
    def find_password(self, key: str) -> str | None: ...
    def delete_password(self, key: str) -> bool: ...


def find_keyring_problem(backend: Any) -> str | None:
    """Why this keyring backend must not hold passwords, or None when it may."""
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if cls.__module__.startswith(_REFUSED_MODULES):
        return f"the keyring backend {name} does not keep secrets safe"
    if cls.__module__ == "keyring.backends.chainer":
        members = list(getattr(backend, "backends", []) or [])
        if all(find_keyring_problem(m) for m in members):
            return "no keyring backend that keeps secrets safe is available"
    return None


class KeyringStore:
    kind = "keyring"

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.service = str(account_setting("credential_service"))
        self.where = f"{type(backend).__module__}.{type(backend).__qualname__}"

    def save_password(self, key: str, password: str) -> None:
        try:
            self.backend.set_password(self.service, key, password)
        except Exception as exc:  # keyring backends raise their own types (D-Bus, Keychain)
            raise StorageError(f"the system keyring did not save the password: {exc}") from None

    def find_password(self, key: str) -> str | None:
        try:
            value = self.backend.get_password(self.service, key)
        except Exception as exc:  # as above
            raise StorageError(f"the system keyring could not be read: {exc}") from None
        return value if isinstance(value, str) else None

    def delete_password(self, key: str) -> bool:
        if self.find_password(key) is None:
            return False
        try:
            self.backend.delete_password(self.service, key)
        except Exception as exc:  # as above
            raise StorageError(f"the system keyring did not delete the password: {exc}") from None
        return True


class FileStore:
    """A JSON file of passwords, mode 0600 in a 0700 folder; refused when others can read it."""

    kind = "file"

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / str(account_setting("credential_file"))
        self.where = str(self.path)

    def _check_private(self, path: Path, info: os.stat_result) -> None:
        if os.name == "nt":  # Windows: the profile folder's ACLs protect it, mode bits do not
            return
        if info.st_uid != os.getuid():
            raise StorageError(f"{path} belongs to another user; unghost will not read it")
        # The file must be the user's alone; its folder only must not let others swap it (a
        # 0755 folder, as mkdir makes it, keeps a 0600 file private).
        forbidden = stat.S_IWGRP | stat.S_IWOTH if stat.S_ISDIR(info.st_mode) else 0o077
        if info.st_mode & forbidden:
            what = "changed" if stat.S_ISDIR(info.st_mode) else "read"
            raise StorageError(
                f"{path} can be {what} by other users; unghost will not use it",
                hint=f"Run: chmod 600 {self.path} && chmod 700 {self.path.parent}",
            )

    def _load(self) -> dict[str, str]:
        try:
            info = self.path.lstat()
        except FileNotFoundError:
            return {}
        if not stat.S_ISREG(info.st_mode):
            raise StorageError(f"{self.path} is not a regular file; unghost will not read it")
        self._check_private(self.path, info)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StorageError(f"{self.path} cannot be read: {exc}") from None
        passwords = data.get("passwords") if isinstance(data, dict) else None
        if not isinstance(passwords, dict) or data.get("format") != _FORMAT:
            raise StorageError(f"{self.path} is not an unghost credentials file")
        return {str(k): str(v) for k, v in passwords.items()}

    def _save(self, passwords: dict[str, str]) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._check_private(folder, folder.stat())
            fd, temp = tempfile.mkstemp(prefix=".credentials-", dir=folder)  # created 0600
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump({"format": _FORMAT, "passwords": passwords}, handle, indent=1)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temp, self.path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temp)
        except OSError as exc:
            raise StorageError(f"cannot write {self.path}: {exc.strerror}") from None

    def save_password(self, key: str, password: str) -> None:
        passwords = self._load()
        passwords[key] = password
        self._save(passwords)

    def find_password(self, key: str) -> str | None:
        return self._load().get(key)

    def delete_password(self, key: str) -> bool:
        passwords = self._load()
        if passwords.pop(key, None) is None:
            return False
        self._save(passwords)
        return True


def _system_keyring() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None


def open_credential_store(directory: Path, *, keyring_backend: Any = AUTO) -> CredentialStore:
    """The OS keyring when it keeps secrets safe, else the 0600 file in `directory`.

    `keyring_backend`: "auto" asks the keyring package; None skips it; a backend object is
    used as is (tests, or a backend the user configured).
    """
    auto = isinstance(keyring_backend, str) and keyring_backend == AUTO
    backend = _system_keyring() if auto else keyring_backend
    if backend is not None and find_keyring_problem(backend) is None:
        return KeyringStore(backend)
    return FileStore(directory)
