"""Settings, declared once as a table: flag > UNGHOST_* environment > config file > default."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unghost.errors import InvalidInputError

APP_NAME = "unghost"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "home",
        "UNGHOST_HOME",
        None,
        "One folder for all state: the database (unghost.db), config.toml, the credentials "
        "file, templates/ and the calendar feed unghost.ics (a portable install, several "
        "profiles). Environment only. Default: the platform's data and config directories.",
    ),
    Setting(
        "db",
        "UNGHOST_DB",
        None,
        "Database: a file path or a SQLAlchemy URL. Default: unghost.db in the data directory.",
    ),
    Setting(
        "today",
        "UNGHOST_TODAY",
        None,
        "Fix today's date (YYYY-MM-DD) for every command, for reproducible answers.",
    ),
    Setting(
        "timezone",
        "UNGHOST_TZ",
        None,
        "Your time zone (IANA name such as Asia/Shanghai). Default: the system's.",
    ),
    Setting(
        "country",
        "UNGHOST_COUNTRY",
        "US",
        "Country (ISO code) assumed for employers whose country is not recorded.",
    ),
    Setting("lang", "UNGHOST_LANG", "en", "Language of messages and drafts: en or zh."),
    Setting(
        "from", "UNGHOST_FROM", None, "You, as you sign your mail: `Your Name <you@example.com>`."
    ),
    Setting(
        "smtp_url",
        "UNGHOST_SMTP_URL",
        None,
        "Mail account to send with: smtp://user@host:587 (STARTTLS), smtps://... (TLS); "
        "a password left out is read from the OS keyring or the credentials file.",
    ),
    Setting(
        "imap_url",
        "UNGHOST_IMAP_URL",
        None,
        "Mailbox to read: imap://user@host:143/INBOX or imaps://user@host/INBOX.",
    ),
    Setting(
        "oauth_client_id",
        "UNGHOST_OAUTH_CLIENT_ID",
        None,
        "The OAuth app you registered for `unghost account connect` (Google Cloud or Microsoft "
        "Entra: docs/mail-accounts.md); unghost ships none.",
    ),
    Setting(
        "oauth_client_secret",
        "UNGHOST_OAUTH_CLIENT_SECRET",
        None,
        "That app's client secret, where the provider gives desktop apps one (Google).",
    ),
    Setting(
        "oauth_tenant",
        "UNGHOST_OAUTH_TENANT",
        "common",
        "Microsoft: common, organizations, consumers, or your organisation's tenant id.",
    ),
    Setting(
        "oauth_issuer",
        "UNGHOST_OAUTH_ISSUER",
        None,
        "Another provider (`connect imap`): its OpenID Connect issuer URL, for discovery.",
    ),
    Setting(
        "oauth_scopes",
        "UNGHOST_OAUTH_SCOPES",
        None,
        "Scopes to ask for, space-separated, instead of the provider's (mail_accounts.toml).",
    ),
    Setting(
        "fetch_allow",
        "UNGHOST_FETCH_ALLOW",
        None,
        "Local hosts the posting watcher may fetch (host:port, comma-separated); refused by default.",
    ),
    Setting(
        "web_password",
        "UNGHOST_WEB_PASSWORD",
        None,
        "A password for the web app: a login page then guards every page. Needed to serve on "
        "an address other than loopback (`unghost serve --host 0.0.0.0`).",
    ),
    Setting(
        "server_url",
        "UNGHOST_SERVER_URL",
        None,
        "Server mode: the address people open (https://careers.example.edu), for the links "
        "in password-reset mail; its host name is allowed in the Host header.",
    ),
    Setting(
        "server_hosts",
        "UNGHOST_SERVER_HOSTS",
        None,
        "Server mode: more host names the server answers to, comma-separated.",
    ),
    Setting(
        "server_smtp_url",
        "UNGHOST_SERVER_SMTP_URL",
        None,
        "Server mode: the institution's mail account that sends password-reset mail.",
    ),
    Setting(
        "server_from",
        "UNGHOST_SERVER_FROM",
        None,
        "Server mode: the sender of password-reset mail: `Careers <noreply@example.edu>`.",
    ),
    Setting(
        "server_secret",
        "UNGHOST_SERVER_SECRET",
        None,
        "Server mode: the key that signs form tokens, the same on every web process "
        "(`unghost server run` makes one for its own workers when it is not set).",
    ),
    Setting(
        "server_key",
        "UNGHOST_SERVER_KEY",
        None,
        "Server mode: the key that seals mail passwords in the database (AES-256-GCM), "
        "base64; several comma-separated to rotate, the first seals (`unghost server key`).",
    ),
    Setting(
        "server_oidc_issuer",
        "UNGHOST_SERVER_OIDC_ISSUER",
        None,
        "Server mode: the institution's OpenID Connect provider (its issuer URL); with a "
        "client id, the sign-in page offers signing in through it.",
    ),
    Setting(
        "server_oidc_client_id",
        "UNGHOST_SERVER_OIDC_CLIENT_ID",
        None,
        "Server mode: the client id the OpenID Connect provider gave this server.",
    ),
    Setting(
        "server_oidc_client_secret",
        "UNGHOST_SERVER_OIDC_CLIENT_SECRET",
        None,
        "Server mode: the client secret of the OpenID Connect provider.",
    ),
    Setting(
        "server_oidc_create_users",
        "UNGHOST_SERVER_OIDC_CREATE_USERS",
        "false",
        "Server mode: `true` makes a student account for a provider-verified email that has "
        "none; by default only existing accounts sign in through the provider.",
    ),
    Setting(
        "config",
        "UNGHOST_CONFIG",
        None,
        "Path of the config file. Default: config.toml in the config directory.",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    values: Mapping[str, str | None]
    model: Mapping[str, Any] = field(default_factory=dict)  # [model] overrides from the config

    def get(self, name: str) -> str | None:
        if name not in _BY_NAME:
            raise KeyError(name)
        return self.values.get(name)

    @property
    def db(self) -> str:
        return self.values.get("db") or str(data_dir() / "unghost.db")

    @property
    def country(self) -> str:
        return (self.values.get("country") or "US").upper()

    @property
    def lang(self) -> str:
        return self.values.get("lang") or "en"


def home_dir() -> Path | None:
    """UNGHOST_HOME, the one folder for all state, when it is set."""
    home = os.environ.get("UNGHOST_HOME")
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return home_dir() or Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return home_dir() or Path(user_config_dir(APP_NAME, appauthor=False))


def private_dir(path: Path) -> Path:
    """`path`, created readable by the user alone (0700) when it does not exist yet."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def private_file(path: Path) -> Path:
    """`path`, created empty and readable by the user alone (0600) when it does not exist."""
    private_dir(path.parent)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def load_settings(
    flags: Mapping[str, str | None] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Resolve every setting once, in order of precedence."""
    flags = flags or {}
    env = os.environ if environ is None else environ
    config_path_text = flags.get("config") or env.get("UNGHOST_CONFIG")
    config_path = Path(config_path_text) if config_path_text else config_dir() / "config.toml"
    config = _load_config(config_path, required=bool(config_path_text))
    values: dict[str, str | None] = {}
    for s in SETTINGS:
        if s.name == "home":  # it says where the config file is, so never read from it
            values[s.name] = env.get(s.env) or None
            continue
        value = flags.get(s.name)
        if value is None:
            value = env.get(s.env) or None
        if value is None and s.name in config:
            value = str(config[s.name])
        values[s.name] = value if value is not None else s.default
    model = config.get("model", {})
    return Settings(values=values, model=model if isinstance(model, dict) else {})


def _load_config(path: Path, *, required: bool) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise InvalidInputError(f"config file {path} does not exist") from None
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read config file {path}: {exc}") from None
    import tomllib  # only when there is a file: the read commands mostly have none

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError(f"config file {path} is not valid TOML: {exc}") from None


def render_settings_doc() -> str:
    """The settings table as Markdown, for docs/settings.md (a test keeps the two equal)."""
    lines = ["| setting | environment | default | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        lines.append(f"| `{s.name}` | `{s.env}` | {s.default or '—'} | {s.help} |")
    return "\n".join(lines) + "\n"
