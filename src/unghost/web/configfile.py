"""The settings page writes the user's config file: validated values, other keys kept, atomic."""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from unghost.errors import InvalidInputError, StorageError

EDITABLE = ("country", "lang", "timezone", "from", "smtp_url", "imap_url")
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def config_path(flags: Mapping[str, Any]) -> Path:
    """The file `load_settings` reads: the --config flag, UNGHOST_CONFIG, else the default."""
    from unghost.settings import config_dir

    chosen = flags.get("config") or os.environ.get("UNGHOST_CONFIG")
    return Path(chosen) if chosen else config_dir() / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInputError(f"cannot read the config file {path}: {exc}") from None


def validate(raw: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """(clean values, errors by field); an empty value means "remove it from the file"."""
    from unghost.mail.accounts import parse_from, parse_imap_url, parse_smtp_url, redact_url

    values = {name: str(raw.get(name) or "").strip() for name in EDITABLE}
    errors: dict[str, str] = {}
    country = values["country"].upper()
    values["country"] = country
    if country and (len(country) != 2 or not country.isalpha() or not country.isascii()):
        errors["country"] = "settings.bad_country"
    if values["lang"] not in ("", "en", "zh"):
        errors["lang"] = "settings.bad_lang"
    if values["timezone"]:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(values["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            errors["timezone"] = "settings.bad_timezone"
    if values["from"]:
        try:
            parse_from(values["from"])
        except InvalidInputError:
            errors["from"] = "settings.bad_from"
    for name, parse in (("smtp_url", parse_smtp_url), ("imap_url", parse_imap_url)):
        if not values[name]:
            continue
        try:
            account = parse(values[name])
        except InvalidInputError:
            errors[name] = f"settings.bad_{name}"
            continue
        if account.password:
            errors[name] = "settings.password_in_url"
            values[name] = redact_url(values[name])  # the page never shows it back
    return values, errors


def save_config(path: Path, values: Mapping[str, str]) -> None:
    """Set (or remove, when empty) the given keys; every other key and table is kept."""
    config = read_config(path)
    for name, value in values.items():
        if value:
            config[name] = value
        else:
            config.pop(name, None)
    text = dump_toml(config)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # it may hold credentials
        fd, temp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(f"cannot write the config file {path}: {exc.strerror}") from None


# -- a small TOML writer (the config holds strings, numbers, booleans, dates, lists, tables) ----
def dump_toml(config: Mapping[str, Any]) -> str:
    lines: list[str] = []
    _table(config, (), lines)
    return "\n".join(lines).strip("\n") + "\n"


def _table(table: Mapping[str, Any], prefix: tuple[str, ...], lines: list[str]) -> None:
    plain = {k: v for k, v in table.items() if not _is_table(v)}
    nested = {k: v for k, v in table.items() if _is_table(v)}
    if prefix and (plain or not nested):
        lines.append("")
        lines.append("[" + ".".join(_key(p) for p in prefix) + "]")
    for key, value in plain.items():
        lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested.items():
        if isinstance(value, dict):
            _table(value, (*prefix, key), lines)
        else:
            for item in value:
                lines.append("")
                lines.append("[[" + ".".join(_key(p) for p in (*prefix, key)) + "]]")
                for k, v in item.items():
                    lines.append(f"{_key(k)} = {_value(v)}")


def _is_table(value: Any) -> bool:
    if isinstance(value, dict):
        return True
    return (isinstance(value, list) and bool(value)
            and all(isinstance(v, dict) for v in value)
            and all(not _is_table(x) for v in value for x in v.values()))  # fmt: skip


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _string(key)


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if not isinstance(value, float) or value == value else "nan"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise InvalidInputError(f"cannot write {type(value).__name__} to the config file")
