"""What the running app holds: settings, one engine, the API token, and a cache of slow reads."""

from __future__ import annotations

import os
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from unghost.bootstrap import Context
from unghost.clock import get_today, local_zone
from unghost.settings import Settings, config_dir, load_settings, private_dir

T = TypeVar("T")
# The user a server request acts for; None on the laptop (its local owner).
ACTING_USER: ContextVar[int | None] = ContextVar("unghost_acting_user", default=None)
# server mode: the acting user's own preferences (store/preferences.py), set with ACTING_USER
ACTING_PREFERENCES: ContextVar[dict[str, Any] | None] = ContextVar(
    "unghost_acting_preferences", default=None
)
TOKEN_FILE = "api-token"
# Cached pages and parts kept at most: each is one page's data (an agenda, a board, one
# application page per language), so memory stays flat however many pages are visited; a
# laptop uses a dozen keys, a server its busiest users' pages.
CACHE_ENTRIES = 512


class WebState:
    """Built once by `create_app`; every request gets a fresh Context sharing the engine."""

    def __init__(self, flags: dict[str, Any] | None = None) -> None:
        self.flags = dict(flags or {})
        self.settings: Settings = load_settings(self.flags)
        self.zone = local_zone(self.settings.get("timezone"))
        self.host = str(self.flags.get("host") or "127.0.0.1")
        self.port = int(self.flags.get("port") or 8765)
        self.secret = secrets.token_bytes(32)  # signs the per-session CSRF tokens
        self._engine: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[Any, Any]] = OrderedDict()
        self._flights: dict[str, threading.Lock] = {}  # one computation per key at a time
        self._token: str | None = None
        self._watch: Any = None  # a ChangeWatch on SQLite, False where there is none

    @property
    def engine(self) -> Any:
        with self._lock:
            if self._engine is None:
                from unghost.store.engine import open_engine

                self._engine = open_engine(self.settings.db)
            return self._engine

    def context(self) -> Context:
        acting = ACTING_USER.get()
        if acting is not None:  # server mode: who signed in (unghost.server.web sets it)
            settings = user_settings(self.settings, ACTING_PREFERENCES.get())
            zone = local_zone(settings.get("timezone"))
            today = get_today(settings.get("today"), zone)
            ctx = Context(settings=settings, today=today, zone=zone, _engine=self.engine)
            ctx.owner_id = acting
            return ctx
        today = get_today(self.settings.get("today"), self.zone)
        return Context(settings=self.settings, today=today, zone=self.zone, _engine=self.engine)

    def change_watch(self, ctx: Context) -> Any:
        """The cheap data fingerprint's connection (SQLite), or None (PostgreSQL)."""
        if self._watch is None:
            from unghost.services.web_queries import open_change_watch

            watch = open_change_watch(ctx)
            with self._lock:
                if self._watch is None:
                    self._watch = watch if watch is not None else False
                elif watch is not None:
                    watch.close()
        return self._watch or None

    @property
    def api_token(self) -> str:
        if self._token is None:
            self._token = load_api_token(Path(self.flags.get("token_dir") or config_dir()))
        return self._token

    def cached(self, key: str, fingerprint: Any, compute: Callable[[], T]) -> T:
        """The last value of `compute` while `fingerprint` (the data's state) is unchanged.

        Single-flight: concurrent misses of one key wait for the first one's computation
        instead of each computing the page (20 clients right after a write compute it once).
        The least recently used entries go past CACHE_ENTRIES. Kept per acting user on a
        server: two people's data may have the same fingerprint."""
        acting = ACTING_USER.get()
        if acting is not None:
            key = f"user {acting}:{key}"
        hit = self._cache.get(key)
        if hit is not None and hit[0] == fingerprint:
            return hit[1]  # type: ignore[no-any-return]
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == fingerprint:
                return hit[1]  # type: ignore[no-any-return]
            value = compute()
            with self._lock:
                self._cache[key] = (fingerprint, value)
                self._cache.move_to_end(key)
                while len(self._cache) > CACHE_ENTRIES:
                    old, _ = self._cache.popitem(last=False)
                    self._flights.pop(old, None)
        return value

    def reload_settings(self) -> None:
        """Read the settings again (after the settings page wrote the config file)."""
        settings = load_settings(self.flags)
        zone = local_zone(settings.get("timezone"))
        with self._lock:
            self.settings, self.zone = settings, zone
            self._cache.clear()

    def close(self) -> None:
        if self._watch:
            self._watch.close()
        self._watch = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def load_api_token(folder: Path) -> str:
    """The API token, generated at first start and kept readable by the user alone (0600)."""
    path = folder / TOKEN_FILE
    try:
        token = path.read_text(encoding="ascii").strip()
        if len(token) >= 32:
            return token
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    private_dir(folder)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(token + "\n")
    os.chmod(path, 0o600)
    return token


def user_settings(server: Settings, preferences: dict[str, Any] | None) -> Settings:
    """The server's settings with a user's own values in place of every per-user one: what
    the process environment or a config file says for `from`, `lang`, `country`, `timezone`
    or `[model]` never reaches a user; an unset preference is the setting's default."""
    from unghost.settings import SETTINGS
    from unghost.store.preferences import PER_USER

    defaults = {s.name: s.default for s in SETTINGS}
    mine = (preferences or {}).get("values", {})
    values = dict(server.values)
    for name in PER_USER:
        values[name] = mine.get(name) or defaults.get(name)
    return Settings(values=values, model=dict((preferences or {}).get("model") or {}))
