"""Configuration errors are one line and exit 2; the documented commands exist."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parents[1]


def run_bot(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bot", *args], cwd=ROOT, env={**clean, **(env or {})},
        input=stdin, capture_output=True, text=True, timeout=120,
    )


def test_config_toml_loads_with_every_section() -> None:
    settings = load_settings(ROOT / "config.toml")
    assert settings.imap.tls == "ssl" and settings.compliance.jurisdiction == "uk"


def test_environment_overrides_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_IMAP__PORT", "1993")
    monkeypatch.setenv("BOT_COMPLIANCE__JURISDICTION", "eu")
    settings = load_settings(ROOT / "config.toml")
    assert settings.imap.port == 1993 and settings.compliance.jurisdiction == "eu"


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"BOT_IMAP__PORT": "not-a-port"}, "imap.port"),
        ({"BOT_SMTP__TLS": "none", "BOT_SMTP__HOST": "smtp.example.com"}, "loopback"),
        ({"BOT_COMPLIANCE__JURISDICTION": "mars"}, "compliance.jurisdiction"),
        ({"BOT_IMAP__TLS": "maybe"}, "imap.tls"),
        ({"BOT_CONFIG": "/nowhere/config.toml"}, "does not exist"),
    ],
)
def test_misconfiguration_is_one_line_and_exit_2(env: dict[str, str], fragment: str) -> None:
    result = run_bot("once", env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_broken_toml_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[imap\nport = 1")
    with pytest.raises(ConfigError):
        load_settings(bad)
    result = run_bot("--config", str(bad), "once")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_unknown_key_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[imap]\nprot = 993\n")
    result = run_bot("--config", str(cfg), "once")
    assert result.returncode == 2 and "imap.prot" in result.stderr


def test_usage_error_exit_2() -> None:
    assert run_bot("no-such-command").returncode == 2
    assert run_bot("classify", "/nowhere.eml").returncode == 2


def test_contacts_import_reads_excel_csv_and_refuses_a_file_that_is_not_text(
    tmp_path: Path,
) -> None:
    env = {"BOT_DATABASE__URL": f"sqlite:///{tmp_path / 'bot.db'}"}
    header = ("email,first_name,last_name,phone,postal_address,"
              "email_opt_in,sms_opt_in,post_opt_in,phone_opt_in\r\n")
    excel = tmp_path / "excel.csv"  # what Excel on Windows saves: Windows-1252
    row = "zoe@example.com,Zoë,Müller,,,yes,no,no,no\r\n"
    excel.write_bytes((header + row).encode("cp1252"))
    done = run_bot("contacts", "import", str(excel), env=env)
    assert done.returncode == 0, done.stderr
    shown = run_bot("preferences", "show", "zoe@example.com", "--json", env=env)
    assert '"email": true' in shown.stdout

    undecodable = (header + "a@example.com,\x81\x8f,,,,yes,,,\r\n").encode("latin-1")
    for name, data in (("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
                       ("mixed.csv", undecodable)):
        path = tmp_path / name
        path.write_bytes(data)
        refused = run_bot("contacts", "import", str(path), env=env)
        assert refused.returncode == 2
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0], lines
        assert "Traceback" not in refused.stderr
