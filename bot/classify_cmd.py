"""`python -m bot classify`: parse and classify without touching the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.config import Settings
from bot.parse import ParseError, parse


def _load(settings: Settings):  # type: ignore[no-untyped-def]
    import classifiers

    return classifiers.load(own_domains=tuple(settings.company.own_domains))


def _input(settings: Settings, raw: bytes):  # type: ignore[no-untyped-def]
    parsed = parse(
        raw,
        authserv_id=settings.company.authserv_id,
        reference_prefix=settings.company.reference_prefix,
        max_bytes=settings.imap.max_message_bytes,
    )
    return parsed.to_mail_input()


def classify_one(settings: Settings, raw: bytes) -> int:
    try:
        mail = _input(settings, raw)
    except ParseError as exc:
        print(f"error: not a readable email: {exc}", file=sys.stderr)
        return 2
    result = _load(settings).classify(mail)
    print(json.dumps(result.to_json(), ensure_ascii=False))
    return 0


def classify_dir(settings: Settings, directory: Path) -> int:
    if not directory.is_dir():
        print(f"error: not a directory: {directory}", file=sys.stderr)
        return 2
    files = sorted(directory.glob("*.eml"))
    mails, names, failed = [], [], 0
    for path in files:
        try:
            mails.append(_input(settings, path.read_bytes()))
            names.append(path.name)
        except ParseError as exc:
            print(json.dumps({"file": path.name, "error": str(exc)}))
            failed += 1
    for name, result in zip(names, _load(settings).classify_many(mails), strict=True):
        print(json.dumps({"file": name, **result.to_json()}, ensure_ascii=False))
    return 1 if failed and not names else 0
