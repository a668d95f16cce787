"""The reply stage: render a Jinja2 template from replies/ into an outbox row.

Templates are plain text, one file per template and language
(`replies/<lang>/<name>.txt.j2`); the first line is `Subject: …`, then a blank line,
then the body. `replies/<lang>/words.json` holds the few words code inserts (channel
names). A missing language falls back to English.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from bot.config import CompanySettings

FALLBACK = "en"
_BABEL_LOCALE = {"en": "en_GB", "pt": "pt_PT"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def one_line(value: str, limit: int = 200) -> str:
    """Neutralise header injection: no CR, LF or other control characters survive."""
    return _CONTROL.sub(" ", value).strip()[:limit]


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    language: str


class Replies:
    def __init__(self, directory: Path, company: CompanySettings) -> None:
        self.directory = directory
        self.company = company
        self._languages: list[str] | None = None
        self.env = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,  # noqa: S701 - plain-text mail, never HTML
        )
        self.env.filters["join_channels"] = self._join_channels

    def languages(self) -> list[str]:
        if self._languages is None:
            self._languages = sorted(
                p.name for p in self.directory.iterdir() if (p / "words.json").is_file()
            )
        return list(self._languages)

    @lru_cache(maxsize=32)  # noqa: B019 - one Replies per process
    def words(self, language: str) -> dict[str, Any]:
        return json.loads((self.directory / language / "words.json").read_text("utf-8"))

    def _join_channels(self, channels: list[str], language: str) -> str:
        words = self.words(language)
        names = [words["channels"][c] for c in channels]
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {words['and']} {names[-1]}"

    def render(self, template: str, language: str, **context: Any) -> Rendered:
        lang = language if (self.directory / language / f"{template}.txt.j2").is_file() else None
        lang = lang or FALLBACK
        try:
            tpl = self.env.get_template(f"{lang}/{template}.txt.j2")
        except TemplateNotFound:
            raise LookupError(f"no reply template {template!r}") from None
        due = context.pop("due", None)
        text = tpl.render(
            company=self.company,
            language=lang,
            due_date=_long_date(due, lang) if isinstance(due, date) else "",
            **context,
        )
        head, _, body = text.partition("\n\n")
        if not head.startswith("Subject:"):
            raise ValueError(f"template {lang}/{template} must start with 'Subject:'")
        subject = one_line(head.removeprefix("Subject:"))
        return Rendered(subject=subject, body=_tidy(body), language=lang)


@lru_cache(maxsize=1024)  # Babel's formatting is slow and the same dates recur
def _long_date(day: date, language: str) -> str:
    return format_date(day, format="long", locale=_BABEL_LOCALE.get(language, language))


def _tidy(body: str) -> str:
    """Collapse the blank lines optional blocks leave behind."""
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"


def new_message_id(domain: str) -> str:
    return f"<{uuid.uuid4().hex}@{domain}>"


def reply_headers(
    *, in_reply_to: str, references: tuple[str, ...], loop_token: str
) -> dict[str, str]:
    """The headers every automatic message of ours carries (mail-hygiene.md)."""
    refs = [r for r in (*references, in_reply_to) if r]
    headers = {
        "Auto-Submitted": "auto-replied",
        "X-Auto-Response-Suppress": "All",
        "Precedence": "bulk",
        "X-Loop": loop_token,
    }
    if in_reply_to:
        headers["In-Reply-To"] = one_line(in_reply_to, 998)
    if refs:
        headers["References"] = one_line(" ".join(dict.fromkeys(refs)), 4000)
    return headers
