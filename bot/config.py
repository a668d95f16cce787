"""Settings: config.toml, overridden by BOT_<SECTION>__<KEY> environment variables.

Nothing is read at import time: `load_settings()` is called once by the command that
needs it. A misconfiguration becomes a `ConfigError` whose message is one line naming
the key and what is wrong; the CLI prints it and exits 2.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_CONFIG = Path("config.toml")
TlsMode = Literal["ssl", "starttls", "none"]


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one line for the operator."""


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not ignored


class _Server(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=0, ge=0, le=65535)
    username: str = ""
    password: SecretStr = SecretStr("")
    tls: TlsMode = "ssl"
    verify_certificates: bool = True
    timeout: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> _Server:
        if self.tls == "none" and not is_loopback(self.host):
            raise ValueError(
                f"tls = 'none' is allowed only for loopback hosts, not {self.host!r}; "
                "use 'ssl' or 'starttls'"
            )
        return self


class ImapSettings(_Server):
    port: int = Field(default=993, ge=0, le=65535)
    folder: str = "INBOX"
    processed_folder: str = ""  # "" keeps mail where it is; never deleted either way
    batch_size: int = Field(default=200, ge=1, le=5000)
    idle: bool = True  # use IDLE when the server offers it
    idle_timeout: float = Field(default=300.0, gt=0)  # re-issue IDLE this often (RFC 2177)
    poll_interval: float = Field(default=60.0, gt=0)  # without IDLE
    max_message_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)


class SmtpSettings(_Server):
    port: int = Field(default=465, ge=0, le=65535)
    from_address: str = "admin@carerra.co"
    from_name: str = "Carerra Privacy Team"
    max_attempts: int = Field(default=16, ge=1)  # 30 s doubling, capped at 8.5 h: ~48 h
    retry_base_seconds: float = Field(default=30.0, gt=0)
    give_up_after_hours: float = Field(default=48.0, gt=0)
    rate_limit_per_recipient: int = Field(default=10, ge=1)  # replies per address ...
    rate_limit_window_hours: float = Field(default=24.0, gt=0)  # ... in this window


class DatabaseSettings(_Section):
    url: str = "sqlite:///var/bot.db"
    echo: bool = False
    # SQLite: how long a writer waits for another process's write lock before it fails
    # with "database is locked" (and the worker retries the batch with backoff)
    sqlite_busy_timeout_seconds: float = Field(default=30.0, gt=0, le=3600)


class CompanySettings(_Section):
    name: str = "Carerra Holdings"
    privacy_address: str = "admin@carerra.co"
    postal_address: str = "Carerra Holdings, 1 Example Street, London EC1A 1AA"
    own_domains: list[str] = ["carerra.co"]
    reference_prefix: str = Field(default="CAR", pattern=r"^[A-Z]{2,6}$")
    authserv_id: str = "mx.carerra.co"  # only this server's Authentication-Results count
    # a name without an article: templates write "…the supervisory authority: NAME"
    supervisory_authority: str = "Information Commissioner's Office (ico.org.uk)"


class ComplianceSettings(_Section):
    jurisdiction: Literal["uk", "eu", "us-ca"] = "uk"
    eu_country: str = "IE"  # bank holidays for "eu"
    verification_expiry_days: int = Field(default=7, ge=1, le=90)  # one-time codes expire
    verification_reminder_days: int = Field(default=3, ge=1, le=90)  # one reminder after
    verification_url: str = ""  # e.g. https://privacy.carerra.co/verify ("" = code only)
    senior_assignee: str = "senior"  # who complaints are assigned to (a user or a role)


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    enabled_in_run: bool = False
    session_secret: SecretStr = SecretStr("")
    secure_cookies: bool = True
    # /metrics: "Authorization: Bearer TOKEN" when set; loopback clients only when empty
    metrics_token: SecretStr = SecretStr("")


class WorkerSettings(_Section):
    outbox_interval: float = Field(default=5.0, gt=0)
    outbox_batch: int = Field(default=100, ge=1)
    lifecycle_interval: float = Field(default=900.0, gt=0)  # verification reminders/expiry
    log_json: bool = False
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    replies_dir: str = "replies"


class JobsSettings(_Section):
    """The scheduled jobs (bot.jobs): each runs at most once per period, whatever runs it."""

    check_interval: float = Field(default=60.0, gt=0)  # `run`: seconds between due checks
    timezone: str = "Europe/London"  # the digest's day and hour
    digest_recipients: list[str] = []  # staff addresses; [] sends no digest
    digest_hour: int = Field(default=8, ge=0, le=23)  # the digest goes out after this hour
    digest_due_within_days: int = Field(default=7, ge=1, le=90)
    escalation_recipients: list[str] = []  # besides active admins with an email
    escalation_interval: float = Field(default=3600.0, gt=0)
    failed_mail_interval: float = Field(default=900.0, gt=0)  # outbox give-up notices
    bounces_interval: float = Field(default=3600.0, gt=0)  # undeliverable marks expire
    retention_interval: float = Field(default=86400.0, gt=0)

    @model_validator(mode="after")
    def _known_timezone(self) -> JobsSettings:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r}") from None
        return self


class BounceSettings(_Section):
    undeliverable_days: int = Field(default=60, ge=1, le=3650)  # no mail after a 5.x.x
    match_days: int = Field(default=30, ge=1, le=365)  # a DSN without our Message-ID


class RetentionSettings(_Section):
    raw_days: int = Field(default=180, ge=1)  # raw mail and its text, requests closed
    export_days: int = Field(default=30, ge=1)  # data exports of closed requests


class HealthSettings(_Section):
    """When /healthz answers 503 instead of 200 (see bot.health)."""

    mailbox_down_seconds: float = Field(default=300.0, ge=0)  # disconnected (or no fetch) longer
    outbox_stuck_seconds: float = Field(default=600.0, ge=0)  # a due reply waiting longer
    scheduler_stale_seconds: float = Field(default=300.0, ge=0)  # a job late by more than this


class ClassifierSettings(_Section):
    model_path: str = ""  # "" = the model shipped in classifiers/


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_",
        env_nested_delimiter="__",
        extra="forbid",
        case_sensitive=False,
    )

    imap: ImapSettings = ImapSettings()
    smtp: SmtpSettings = SmtpSettings()
    database: DatabaseSettings = DatabaseSettings()
    company: CompanySettings = CompanySettings()
    compliance: ComplianceSettings = ComplianceSettings()
    web: WebSettings = WebSettings()
    worker: WorkerSettings = WorkerSettings()
    health: HealthSettings = HealthSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    jobs: JobsSettings = JobsSettings()
    bounces: BounceSettings = BounceSettings()
    retention: RetentionSettings = RetentionSettings()

    _toml_path: Path | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _TOML_PATH.get("path")
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


_TOML_PATH: dict[str, Path | None] = {"path": None}


def _config_path(explicit: str | os.PathLike[str] | None) -> Path | None:
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"config file {str(path)!r} does not exist")
        return path
    env = os.environ.get("BOT_CONFIG")
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"BOT_CONFIG: config file {env!r} does not exist")
        return path
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read the settings once; raise ConfigError with a one-line message."""
    toml_path = _config_path(path)
    _TOML_PATH["path"] = toml_path
    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "config"
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{key}: {msg}") from None
    except (ValueError, OSError) as exc:  # broken TOML, unreadable file
        where = str(toml_path) if toml_path else "environment"
        raise ConfigError(f"{where}: {str(exc).splitlines()[0]}") from None
    finally:
        _TOML_PATH["path"] = None
