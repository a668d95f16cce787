"""The labelled corpus: JSONL examples as the RFC 5322 messages production sees.

Every example (`subject`, `text`, `kind`, `intents`, `channels`, `language`, optional
`headers`) becomes a real message (`to_eml`): a From, To, Date, Message-ID, the
example's own headers, and a `multipart/report` when its headers declare one. Training
and evaluation read it back through the bot's parse stage (`bot.parse.parse` ->
`to_mail_input()`), so quote, signature and disclaimer stripping is the production code
path, not a stand-in. The From is a neutral personal address for every kind: robots
must be recognised from their headers and text, not from a sender we made up.

`export_dir` writes a split as a folder of `.eml` files plus `labels.jsonl` in the
format of shared/examples, for `python -m bot evaluate DIR`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from classifiers.contract import MailInput

DATA = Path(__file__).resolve().parent / "data"
AUTHSERV_ID = "mx.carerra.co"
_NAMES = ("alex.morgan", "sam.keller", "kim.novak", "jo.santos", "robin.weber", "eli.rossi",
          "noa.jansen", "max.kowalski", "ana.duarte", "lou.martin")
_DOMAINS = {"en": "example.com", "de": "example.de", "fr": "example.fr", "es": "example.es",
            "it": "example.it", "nl": "example.nl", "pt": "example.pt", "pl": "example.pl"}
_SKIP_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}


def read_jsonl(paths: Iterable[Path | str]) -> list[dict]:
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def split_files(split: str, data: Path = DATA) -> list[Path]:
    """The JSONL files of one split ("train", "dev"), sorted for reproducibility."""
    return sorted((data / split).glob("*.jsonl"))


def load_split(split: str, data: Path = DATA) -> list[dict]:
    return read_jsonl(split_files(split, data))


def _key(row: dict) -> str:
    text = json.dumps([row.get("subject", ""), row.get("text", "")], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_eml(row: dict) -> bytes:
    """One example as the bytes of an RFC 5322 message (deterministic)."""
    key = _key(row)
    n = int(key[:8], 16)
    headers = {str(k): str(v) for k, v in (row.get("headers") or {}).items()}
    lower = {k.lower(): v for k, v in headers.items()}
    msg = EmailMessage()
    if "from" not in lower:
        domain = _DOMAINS.get(row.get("language", "en"), "example.com")
        msg["From"] = f"{_NAMES[n % len(_NAMES)]}{n % 97}@{domain}"
    msg["To"] = "admin@carerra.co"
    if row.get("subject"):
        msg["Subject"] = row["subject"]
    date = datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=n % 100_000)
    msg["Date"] = format_datetime(date)
    if "message-id" not in lower:
        msg["Message-ID"] = f"<{key[:20]}@{msg['From'].split('@')[-1] if msg['From'] else 'x'}>"
    for name, value in headers.items():
        if name.lower() not in _SKIP_HEADERS:
            msg[name] = value
    text = row.get("text", "") or ""
    ctype = lower.get("content-type", "").lower()
    if ctype.startswith("multipart/report"):
        msg.set_content(text, charset="utf-8")
        msg.make_mixed()
        msg.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
        msg.set_boundary(f"=={key[:16]}==")
    else:
        msg.set_content(text, charset="utf-8")
    return msg.as_bytes(policy=SMTP)


def parse_eml(raw: bytes) -> MailInput:
    """The production parse stage (imported here so `classifiers` itself stays free of
    the bot at run time)."""
    from bot.parse import parse

    return parse(raw, authserv_id=AUTHSERV_ID).to_mail_input()


def mail_inputs(rows: Sequence[dict]) -> list[MailInput]:
    return [parse_eml(to_eml(r)) for r in rows]


def label_line(row: dict, file: str) -> dict:
    return {
        "file": file, "kind": row.get("kind", "human"), "intents": sorted(row.get("intents", [])),
        "channels": sorted(row.get("channels", [])), "language": row.get("language", "en"),
        "tags": row.get("tags", []),
    }


def export_dir(rows: Sequence[dict], out: Path) -> int:
    """Write `rows` as out/NNNNN.eml + out/labels.jsonl; returns the count."""
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for i, row in enumerate(rows):
        name = f"{row.get('language', 'xx')}-{i:05d}.eml"
        (out / name).write_bytes(to_eml(row))
        lines.append(json.dumps(label_line(row, name), ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def iter_labelled_dir(directory: Path) -> Iterator[tuple[str, bytes, dict]]:
    """(file name, raw bytes, label) for every line of DIR/labels.jsonl."""
    for line in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            yield label["file"], (directory / label["file"]).read_bytes(), label
