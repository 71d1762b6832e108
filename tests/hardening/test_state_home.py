"""Issue 16, findings 2 and 10: all state in UNGHOST_HOME, created readable by the user alone."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(os.name != "posix", reason="mode bits are POSIX")


def unghost(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNGHOST_")}
    env |= {"UNGHOST_HOME": str(home), "UNGHOST_TZ": "UTC", "UNGHOST_TODAY": "2026-10-20"}
    return subprocess.run([sys.executable, "-m", "unghost", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_every_piece_of_state_lands_in_unghost_home_and_is_private(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    added = unghost(["add", "-c", "Acme", "-t", "Analyst", "--applied-on", "2026-09-05"], home)
    assert added.returncode == 0, added.stderr
    template = tmp_path / "t.j2"
    template.write_text("Subject: Hello {{ company }}\n\nHi.\n", encoding="utf-8")
    saved = unghost(["templates", "edit", "follow-up", "--file", str(template)], home)
    assert saved.returncode == 0, saved.stderr
    worked = unghost(["worker", "--once"], home)
    assert worked.returncode == 0, worked.stderr
    assert (home / "unghost.db").is_file() and mode(home / "unghost.db") == 0o600
    assert mode(home) == 0o700
    assert (home / "templates" / "en" / "follow-up.j2").is_file()
    assert (home / "unghost.ics").is_file()
    for extra in ("unghost.db-wal", "unghost.db-shm"):
        if (home / extra).exists():
            assert mode(home / extra) == 0o600
    # nothing went to the platform's folders
    assert not (tmp_path / "xdg-data").exists() and not (tmp_path / "xdg-config").exists()


def test_credentials_and_config_follow_unghost_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unghost.mail.credentials import open_credential_store
    from unghost.settings import config_dir, data_dir, load_settings
    from unghost.web.configfile import config_path

    monkeypatch.setenv("UNGHOST_HOME", str(tmp_path / "h"))
    assert config_dir() == data_dir() == tmp_path / "h"
    assert load_settings().db == str(tmp_path / "h" / "unghost.db")
    assert config_path({}) == tmp_path / "h" / "config.toml"
    store = open_credential_store(config_dir(), keyring_backend=None)
    store.save_password("smtp:me@host:465", "pw")
    assert Path(store.where) == tmp_path / "h" / "credentials.json"


@posix_only
def test_the_credentials_file_accepts_a_folder_mkdir_made(tmp_path: Path) -> None:
    """A 0755 folder (mkdir with the usual umask) keeps a 0600 file private: not refused."""
    from unghost.mail.credentials import FileStore

    folder = tmp_path / "config"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    store = FileStore(folder)
    store.save_password("k", "v")
    assert store.find_password("k") == "v"
    folder.chmod(0o777)
    from unghost.errors import StorageError

    with pytest.raises(StorageError, match="can be changed by other users"):
        store.save_password("k", "w")
    folder.chmod(0o700)


@posix_only
def test_the_database_file_is_created_private(tmp_path: Path) -> None:
    from unghost.store.engine import open_engine

    engine = open_engine(str(tmp_path / "new" / "u.db"))
    engine.dispose()
    assert mode(tmp_path / "new" / "u.db") == 0o600


def test_unghost_home_is_documented_in_the_settings_table() -> None:
    from unghost.settings import SETTINGS

    doc = (Path(__file__).parents[2] / "docs" / "settings.md").read_text(encoding="utf-8")
    home = next(s for s in SETTINGS if s.name == "home")
    assert home.env == "UNGHOST_HOME" and "`UNGHOST_HOME`" in doc
