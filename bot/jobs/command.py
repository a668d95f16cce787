"""`python -m bot jobs run NAME [--dry-run]`: one job now, then the outbox; one line out."""

from __future__ import annotations

import asyncio

from bot.config import Settings
from bot.jobs import NAMES, run_job


def command(settings: Settings, name: str, *, dry_run: bool = False) -> int:
    from bot.app import App
    from bot.pipeline import Counts, flush_outbox

    if name != "all" and name not in NAMES:
        raise ValueError(f"unknown job {name!r}")
    app = App(settings)
    try:
        outcomes = run_job(app.engine, settings, name, dry_run=dry_run)
        counts = Counts()
        if not dry_run:
            asyncio.run(flush_outbox(app, counts))
    finally:
        app.close()
    line = "; ".join(o.summary for o in outcomes)
    if not dry_run and (counts.sent or counts.send_failed):
        line += f"; sent={counts.sent} failed={counts.send_failed}"
    print(("dry run: " if dry_run else "") + line)
    return 0
