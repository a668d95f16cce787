"""`python -m bot …` / `privacy-bot …`: the commands operators script against.

Exit status: 0 success, 1 runtime failure, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot import logs
from bot.config import ConfigError, Settings, load_settings

log = logging.getLogger("bot")


class UsageError(Exception):
    """Bad arguments or input: exit 2 with one line."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="privacy-bot", description=__doc__)
    p.add_argument("--config", help="config file (default: $BOT_CONFIG or ./config.toml)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("run", help="the long-running worker (IMAP IDLE, scheduler)")
    sub.add_parser("once", help="process the mailbox and the outbox once, print counts")

    c = sub.add_parser("classify", help="print the classification JSON of a message")
    c.add_argument("file", nargs="?", help=".eml file (default: standard input)")
    c.add_argument("--jsonl", metavar="DIR", help="classify every .eml in DIR, one line each")

    e = sub.add_parser("evaluate", help="measure the classifier on DIR/*.eml + DIR/labels.jsonl")
    e.add_argument("dir", help="folder of .eml files with a labels.jsonl")
    e.add_argument("--json", action="store_true", help="print the figures as one JSON object")

    r = sub.add_parser("requests", help="privacy requests")
    rs = r.add_subparsers(dest="action", required=True)
    rl = rs.add_parser("list", help="every privacy request")
    rl.add_argument("--json", action="store_true")

    pr = sub.add_parser("preferences", help="marketing preferences")
    ps = pr.add_subparsers(dest="action", required=True)
    show = ps.add_parser("show", help="one contact's channels")
    show.add_argument("email")
    show.add_argument("--json", action="store_true")
    export = ps.add_parser("export", help="every contact's channels (CSV, or --json)")
    export.add_argument("--json", action="store_true")

    ct = sub.add_parser("contacts", help="customer records")
    cs = ct.add_subparsers(dest="action", required=True)
    imp = cs.add_parser("import", help="import customers from CSV")
    imp.add_argument("file")

    sub.add_parser("web", help="serve the staff triage web app")
    st = sub.add_parser("staff", help="staff users of the web app")
    sts = st.add_subparsers(dest="action", required=True)
    sa = sts.add_parser("add", help="create a staff user (password from the terminal or stdin)")
    sa.add_argument("name")
    sa.add_argument("--role", required=True, choices=("viewer", "agent", "admin"))
    sa.add_argument("--email", default="", help="where escalations reach an admin (optional)")
    se = sts.add_parser("export-corrections", help="label corrections as training JSONL")
    se.add_argument("file", nargs="?", help="output file (default: standard output)")

    j = sub.add_parser("jobs", help="the scheduled jobs, run once now")
    js = j.add_subparsers(dest="action", required=True)
    jr = js.add_parser("run", help="run one job now and print a one-line summary")
    jr.add_argument("name", choices=("digest", "escalation", "outbox", "bounces", "retention",
                                     "verification", "all"))
    jr.add_argument("--dry-run", action="store_true", help="list what it would do, change nothing")

    d = sub.add_parser("demo", help="a self-contained local run for newcomers")
    d.add_argument("--keep", action="store_true", help="keep serving after the first round")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    logs.setup(settings.worker.log_level, json_lines=settings.worker.log_json)
    handler = COMMANDS[args.command]
    try:
        return handler(settings, args)
    except (UsageError, ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # one line for the operator, the traceback at DEBUG
        log.debug("command failed", exc_info=True)
        print(f"error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1


def _app(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.app import App

    return App(settings)


def cmd_once(settings: Settings, args: argparse.Namespace) -> int:
    from bot.pipeline import run_once
    from bot.worker import stop_on_signals

    app = _app(settings)
    try:
        with stop_on_signals(app):
            counts = asyncio.run(run_once(app))
    finally:
        app.close()
    print(counts.summary())
    return 0


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.worker import run

    asyncio.run(run(settings))
    return 0


def cmd_classify(settings: Settings, args: argparse.Namespace) -> int:
    from bot.classify_cmd import classify_dir, classify_one

    if args.jsonl:
        return classify_dir(settings, Path(args.jsonl))
    if args.file:
        path = Path(args.file)
        if not path.is_file():
            raise UsageError(f"no such file: {args.file}")
        raw = path.read_bytes()
    else:
        raw = sys.stdin.buffer.read()
    return classify_one(settings, raw)


def cmd_evaluate(settings: Settings, args: argparse.Namespace) -> int:
    from bot.evaluate_cmd import evaluate_dir

    path = Path(args.dir)
    if not path.is_dir():
        raise UsageError(f"not a directory: {args.dir}")
    return evaluate_dir(settings, path, as_json=args.json)


def cmd_requests(settings: Settings, args: argparse.Namespace) -> int:
    from bot.reports import list_requests

    rows = list_requests(_app(settings).engine)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=None))
    else:
        for r in rows:
            print(f"{r['reference']}\t{r['status']}\t{','.join(r['types'])}\t{r['due_at']}")
    return 0


def cmd_preferences(settings: Settings, args: argparse.Namespace) -> int:
    from bot.reports import export_preferences, show_preferences

    engine = _app(settings).engine
    if args.action == "show":
        data = show_preferences(engine, args.email)
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            on = [c for c, v in data["channels"].items() if v]
            print(f"{data['email']}: {', '.join(on) or 'no marketing'}"
                  + (" (suppressed)" if data["suppressed"] else ""))
        return 0
    export_preferences(engine, sys.stdout, as_json=args.json)
    return 0


def cmd_contacts(settings: Settings, args: argparse.Namespace) -> int:
    from bot.contacts import NotCsv, import_csv

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"no such file: {args.file}")
    try:
        report = import_csv(_app(settings).engine, path)
    except NotCsv as exc:
        raise UsageError(str(exc)) from None
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    return 0


def cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    from bot.web import serve

    serve(settings)
    return 0


def cmd_staff(settings: Settings, args: argparse.Namespace) -> int:
    from bot import staff

    try:
        return staff.command(_app(settings).engine, args.action, args)
    except staff.StaffError as exc:
        raise UsageError(str(exc)) from None


def cmd_jobs(settings: Settings, args: argparse.Namespace) -> int:
    from bot.jobs.command import command

    return command(settings, args.name, dry_run=args.dry_run)


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    from bot.demo import demo

    return demo(keep=args.keep)


COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {
    "run": cmd_run,
    "once": cmd_once,
    "classify": cmd_classify,
    "evaluate": cmd_evaluate,
    "requests": cmd_requests,
    "preferences": cmd_preferences,
    "contacts": cmd_contacts,
    "demo": cmd_demo,
    "web": cmd_web,
    "staff": cmd_staff,
    "jobs": cmd_jobs,
}
