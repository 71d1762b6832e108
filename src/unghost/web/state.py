"""What the running app holds: settings, one engine, the API token, and a cache of slow reads."""

from __future__ import annotations

import os
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from unghost.bootstrap import Context
from unghost.clock import get_today, local_zone
from unghost.memory import collector_paused
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
# Owners whose data version and per-application tables are kept (a server's busiest users);
# an owner dropped starts again from a whole load.
OWNERS_KEPT = 32
# The per-application tables that hold odds: a move of the reply history reloads them whole
# (the agenda holds only what a row's action and words say: those rows are logged as touched).
ODDS_TABLES = frozenset({"facts"})
# Invalidations remembered per owner, for a computation that ran while writes came in.
RECENT_KEPT = 64


@dataclass(slots=True)
class _Entry:
    owner: int | None
    fingerprint: Any
    scope: int | None  # the application shown; None: a page over many
    value: Any


@dataclass(slots=True)
class _Table:
    fingerprint: Any
    rows: dict[int, Any]
    pending: frozenset[int]  # touched by writes since: read again before use


@dataclass(slots=True)
class _Derived:
    fingerprint: Any
    source: Any  # the table (dict) it was made from
    value: Any


@dataclass(slots=True)
class _Owner:
    version: int | None = None  # the store's data version the cache reflects
    watch_mark: int | None = None  # SQLite's data_version at that look
    generation: int = 0  # invalidations so far
    recent: list[tuple[int, frozenset[int] | None]] = field(default_factory=list)


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
        self._cache: OrderedDict[str, _Entry] = OrderedDict()
        self._flights: dict[str, threading.Lock] = {}  # one computation per key at a time
        self._tables: dict[tuple[int | None, str], _Table] = {}
        self._table_flights: dict[tuple[int | None, str], threading.Lock] = {}
        self._owners: OrderedDict[int | None, _Owner] = OrderedDict()  # whose data version
        self._derived: dict[tuple[int | None, str], _Derived] = {}
        self._derived_flights: dict[tuple[int | None, str], threading.Lock] = {}
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

    def sync(self, ctx: Context) -> None:
        """Bring the cache to the store's data version: the entries of what the writes since
        touched go (each application's own, and the pages that aggregate applications); the
        rest stay. A write the log no longer reaches, or one that moved the reply history
        (every waiting application's odds), drops all of the owner's entries."""
        from unghost.store.dataversion import changes_since, read_version

        owner = ACTING_USER.get()
        watch = self.change_watch(ctx)
        mark = watch.version() if watch is not None else None
        seen = self._owners.get(owner)
        if seen is not None and mark is not None and seen.watch_mark == mark:
            return  # SQLite: nobody committed since the last look
        with ctx.reading() as session:
            version = read_version(session)
            changes = None
            if seen is not None and seen.version is not None and version > seen.version:
                changes = changes_since(session, seen.version)
        with self._lock:
            seen = self._owners.setdefault(owner, _Owner())
            if seen.version is not None and version <= seen.version:
                seen.watch_mark = mark if version == seen.version else seen.watch_mark
                return
            if seen.version is not None:
                if changes is None or any(c.ids is None for c in changes):
                    self._invalidate(owner, seen, None)
                else:
                    touched = frozenset().union(*(c.ids or () for c in changes))
                    moved = any(c.history_moved for c in changes)
                    self._invalidate(owner, seen, touched, odds_moved=moved)
            seen.version, seen.watch_mark = version, mark
            while len(self._owners) > OWNERS_KEPT:
                gone = next(iter(self._owners))
                self._owners.pop(gone)
                self._drop_owner(gone)
            self._owners.move_to_end(owner)

    def _invalidate(self, owner: int | None, seen: _Owner, ids: frozenset[int] | None, *,
                    odds_moved: bool = False) -> None:  # fmt: skip
        """Under the lock: drop the owner's aggregates and the entries of `ids` (None: all).
        `odds_moved`: the reply history moved, so every waiting application's odds did (the
        write priced them again, services/readmodel.py `reprice`, and logged as touched the
        rows whose action or words changed): every page and the tables of ODDS_TABLES go,
        the other tables re-read `ids` only."""
        seen.generation += 1
        seen.recent.append((seen.generation, None if odds_moved else ids))
        del seen.recent[:-RECENT_KEPT]
        for key in [k for k, e in self._cache.items() if e.owner == owner]:
            entry = self._cache[key]
            if ids is None or odds_moved or entry.scope is None or entry.scope in ids:
                del self._cache[key]
                self._flights.pop(key, None)
        for name in [k for k in self._tables if k[0] == owner]:
            table = self._tables[name]
            if ids is None or (odds_moved and name[1] in ODDS_TABLES):
                del self._tables[name]
            else:
                table.pending = table.pending | ids

    def _drop_owner(self, owner: int | None) -> None:
        for key in [k for k, e in self._cache.items() if e.owner == owner]:
            del self._cache[key]
            self._flights.pop(key, None)
        for name in [k for k in self._tables if k[0] == owner]:
            del self._tables[name]
        for name in [k for k in self._derived if k[0] == owner]:
            del self._derived[name]

    def _touched_since(self, owner: int | None, generation: int) -> frozenset[int] | None:
        """Under the lock: what was invalidated after `generation` (None: everything, or
        more than is remembered)."""
        seen = self._owners.get(owner)
        if seen is None or seen.generation == generation:
            return frozenset()
        newer = [ids for g, ids in seen.recent if g > generation]
        if len(newer) < seen.generation - generation or any(i is None for i in newer):
            return None
        return frozenset().union(*newer)  # type: ignore[arg-type]  # no None, checked above

    def _generation(self, owner: int | None) -> int:
        seen = self._owners.get(owner)
        return seen.generation if seen is not None else 0

    def cached(self, key: str, fingerprint: Any, compute: Callable[[], T],
               scope: int | Callable[[T], int | None] | None = None) -> T:  # fmt: skip
        """The last value of `compute` while `fingerprint` (the day, the settings) holds and
        no write touched it since (`sync`): `scope` is the application it shows (an id, or a
        function of the value giving it), None for a page over many (dropped by any write).

        Single-flight: concurrent misses of one key wait for the first one's computation
        instead of each computing the page (20 clients right after a write compute it once).
        The least recently used entries go past CACHE_ENTRIES. Kept per acting user on a
        server: two people's data may have the same fingerprint."""
        owner = ACTING_USER.get()
        full = key if owner is None else f"user {owner}:{key}"
        hit = self._cache.get(full)
        if hit is not None and hit.fingerprint == fingerprint:
            with suppress(KeyError):  # dropped meanwhile by another thread
                self._cache.move_to_end(full)  # recently used: the last to go
            return hit.value  # type: ignore[no-any-return]
        with self._lock:
            flight = self._flights.setdefault(full, threading.Lock())
        with flight:
            hit = self._cache.get(full)
            if hit is not None and hit.fingerprint == fingerprint:
                return hit.value  # type: ignore[no-any-return]
            with self._lock:
                generation = self._generation(owner)
            with collector_paused():  # thousands of small objects and no cycles among them
                value = compute()
            shows = scope(value) if callable(scope) else scope
            with self._lock:
                since = self._touched_since(owner, generation)
                if since is not None and (not since or (shows is not None and shows not in since)):
                    self._cache[full] = _Entry(owner, fingerprint, shows, value)
                    self._cache.move_to_end(full)
                while len(self._cache) > CACHE_ENTRIES:
                    old, _ = self._cache.popitem(last=False)
                    self._flights.pop(old, None)
        return value

    def table(self, name: str, fingerprint: Any,
              load: Callable[[frozenset[int] | None], dict[int, T]]) -> dict[int, T]:  # fmt: skip
        """One value per application (summaries, facts, agenda items), loaded whole once and
        then kept: a write re-reads only the applications it touched (`load(ids)` gives
        those still there). The returned dict is never changed afterwards (copy on write)."""
        owner = ACTING_USER.get()
        key = (owner, name)
        hit = self._tables.get(key)
        if hit is not None and hit.fingerprint == fingerprint and not hit.pending:
            return hit.rows
        with self._lock:
            flight = self._table_flights.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                hit = self._tables.get(key)
                generation = self._generation(owner)
            if hit is not None and hit.fingerprint == fingerprint and not hit.pending:
                return hit.rows
            if hit is None or hit.fingerprint != fingerprint:
                pending: frozenset[int] | None = None
                with collector_paused():
                    rows = load(None)
            else:
                pending = hit.pending
                fresh = load(pending)
                rows = dict(hit.rows)
                for i in pending:
                    if i in fresh:
                        rows[i] = fresh[i]
                    else:
                        rows.pop(i, None)
            with self._lock:
                since = self._touched_since(owner, generation)
                current = self._tables.get(key)
                if since is None:
                    self._tables.pop(key, None)  # everything changed meanwhile: load again
                else:
                    left = (current.pending - (pending or frozenset())) if current else frozenset()
                    self._tables[key] = _Table(fingerprint, rows, left | since)
        return rows

    def derived(self, name: str, fingerprint: Any, source: Any, build: Callable[[Any], T],
                patch: Callable[[T, Any, Any], T]) -> T:  # fmt: skip
        """A value made from a per-application table (`table`; or a tuple of them), kept
        across writes: while
        `fingerprint` holds it is brought to a newer (or older) `source` by `patch(value, its
        source, source)`, which applies only the rows that differ; `build(source)` makes it
        whole. One patch at a time per name (patch may reuse the old value's parts)."""
        owner = ACTING_USER.get()
        key = (owner, name)
        hit = self._derived.get(key)
        if hit is not None and hit.fingerprint == fingerprint and _same(hit.source, source):
            return hit.value  # type: ignore[no-any-return]
        with self._lock:
            flight = self._derived_flights.setdefault(key, threading.Lock())
        with flight:
            hit = self._derived.get(key)
            if hit is not None and hit.fingerprint == fingerprint and _same(hit.source, source):
                return hit.value  # type: ignore[no-any-return]
            if hit is not None and hit.fingerprint == fingerprint:
                value = patch(hit.value, hit.source, source)
            else:
                value = build(source)
            with self._lock:
                self._derived[key] = _Derived(fingerprint, source, value)
        return value

    def reload_settings(self) -> None:
        """Read the settings again (after the settings page wrote the config file)."""
        settings = load_settings(self.flags)
        zone = local_zone(settings.get("timezone"))
        with self._lock:
            self.settings, self.zone = settings, zone
            self._cache.clear()
            self._tables.clear()
            self._derived.clear()

    def close(self) -> None:
        if self._watch:
            self._watch.close()
        self._watch = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _same(a: Any, b: Any) -> bool:
    """The same table (or tables): the same objects, not equal ones."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))
    return a is b


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
