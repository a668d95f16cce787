"""Every staff action, once: the HTML forms and the JSON API both call `run_*` here.

An action is a name, the role it needs and a function of (context, parameters) that
calls `bot.lifecycle` (or an adapter) and returns one line for the person who clicked.
A refused transition is the lifecycle's `LifecycleError`, shown as it is. Nothing here
commits: the route does, once, after the action.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bot import lifecycle, privacy
from bot.lifecycle import LifecycleError, triage
from bot.lifecycle.fulfil import RECTIFIABLE
from bot.staff import ADMIN, AGENT
from bot.store.mail import InboundMessage
from bot.store.requests import CLOSED_STATUSES, WITHDRAWN, PrivacyRequest
from bot.store.staff import StaffUser
from bot.web import adapters

Params = Mapping[str, Any]


@dataclass
class Ctx:
    session: Session
    staff: StaffUser
    mailer: lifecycle.Mailer

    @property
    def actor(self) -> str:
        return self.staff.name


@dataclass(frozen=True)
class Action:
    role: str
    run: Callable[[Ctx, Any, Params], str]
    label: str


def _text(p: Params, key: str) -> str:
    value = p.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def _flag(p: Params, key: str, default: bool = False) -> bool:
    value = p.get(key)
    if value is None or value == "":
        return default
    return value is True or str(value).lower() in ("1", "on", "true", "yes")


def _list(p: Params, key: str) -> list[str]:
    value = p.get(key) or []
    return [str(v) for v in ([value] if isinstance(value, str) else value)]


# --- requests ---------------------------------------------------------------------------

def _assign(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    assignee = _text(p, "assignee") or c.actor
    lifecycle.assign(c.session, r, assignee=assignee, actor=c.actor)
    return f"{r.reference} assigned to {r.assigned_to}."


def _verify(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.verify_identity(c.session, r, actor=c.actor, note=_text(p, "note"), mailer=c.mailer)
    return f"Identity of {r.reference} confirmed; the clock runs."


def _send_code(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    item = lifecycle.send_verification(c.session, r, actor=c.actor, mailer=c.mailer)
    # (the lifecycle records events for it, but no audit row: every staff action has one)
    privacy.audit(c.session, "request.verification_sent", f"request:{r.reference}",
                  actor=c.actor, outbox=item.id)
    return "A fresh one-time code is queued for the requester."


def _clarify(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.request_clarification(c.session, r, actor=c.actor, question=_text(p, "question"),
                                    mailer=c.mailer)
    return "The question is queued" + ("; the clock is paused." if r.paused_at else ".")


def _clarified(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    days = lifecycle.clarification_received(c.session, r, actor=c.actor,
                                            eu_country=c.mailer.eu_country)
    return f"The clock runs again ({days} days paused)."


def _extend(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.extend_request(c.session, r, actor=c.actor, reason=_text(p, "reason"),
                             mailer=c.mailer)
    return f"{r.reference} extended; the requester is told why."


def _export(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.approve_export(c.session, r, actor=c.actor, mailer=c.mailer)
    return "Export approved: it is queued, attached, to the verified address."


def _rectify(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    changes = {k: _text(p, k) for k in RECTIFIABLE if _text(p, k)}
    if not changes:
        raise LifecycleError("fill in at least one field to correct")
    fields = lifecycle.rectify_contact(c.session, r, actor=c.actor, changes=changes)
    return f"Corrected: {', '.join(fields)}." if fields else "Nothing differed."


def _restrict(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.restrict_processing(c.session, r, actor=c.actor)
    return "Processing restricted."


def _lift(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.lift_restriction(c.session, r, actor=c.actor, reason=_text(p, "reason"),
                               mailer=c.mailer)
    return "Restriction lifted; the requester is told why."


def _object(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    lifecycle.record_objection(c.session, r, actor=c.actor)
    return "Objection recorded."


def _close(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    outcome = _text(p, "outcome")
    if outcome not in CLOSED_STATUSES:
        raise LifecycleError(f"outcome must be one of {', '.join(CLOSED_STATUSES)}")
    lifecycle.close_request(c.session, r, actor=c.actor, outcome=outcome,
                            reason=_text(p, "reason"), mailer=c.mailer,
                            notify=_flag(p, "notify", default=True))
    return f"{r.reference} closed ({outcome})."


def _close_spam(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    """Opened by mail that was not a person's request: close silently, relabel as spam."""
    lifecycle.close_request(c.session, r, actor=c.actor, outcome=WITHDRAWN, notify=False,
                            reason="Not a genuine request (spam).", mailer=c.mailer)
    source = c.session.get(InboundMessage, r.source_message_id) if r.source_message_id else None
    if source is not None:
        adapters.correct_labels(c.session, source, kind="spam", intents=[], channels=[],
                                language=source.language or "en", actor=c.actor)
        adapters.mark_message_reviewed(c.session, source, actor=c.actor)
    return f"{r.reference} closed as spam."


def _reviewed(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    adapters.mark_request_reviewed(c.session, r, actor=c.actor)
    return f"{r.reference} marked reviewed."


def _reply(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    item = adapters.queue_request_reply(
        c.session, r, subject=_text(p, "subject"), body=str(p.get("body") or ""),
        nonce=_text(p, "nonce"), actor=c.actor, settings=c.mailer.settings)
    return f"Reply queued (outbox {item.id}); the bot's sender mails it."


def _erase(c: Ctx, r: PrivacyRequest, p: Params) -> str:
    if _text(p, "confirm").upper() != r.reference:
        raise LifecycleError(f"type the reference {r.reference} to confirm the erasure")
    report = lifecycle.execute_erasure(c.session, r, actor=c.actor, mailer=c.mailer)
    return (f"Erased: {report.messages} messages, {report.replies} replies, "
            f"{report.requests} requests; the confirmation is queued.")


REQUEST_ACTIONS: dict[str, Action] = {
    "assign": Action(AGENT, _assign, "Assign"),
    "verify": Action(AGENT, _verify, "Confirm identity"),
    "send_verification": Action(AGENT, _send_code, "Send a one-time code"),
    "clarify": Action(AGENT, _clarify, "Ask for clarification"),
    "clarification_received": Action(AGENT, _clarified, "Clarification received"),
    "extend": Action(AGENT, _extend, "Extend"),
    "approve_export": Action(AGENT, _export, "Approve export"),
    "rectify": Action(AGENT, _rectify, "Correct contact"),
    "restrict": Action(AGENT, _restrict, "Restrict processing"),
    "lift_restriction": Action(AGENT, _lift, "Lift restriction"),
    "record_objection": Action(AGENT, _object, "Record objection"),
    "close": Action(AGENT, _close, "Close"),
    "close_spam": Action(AGENT, _close_spam, "Close as spam"),
    "reviewed": Action(AGENT, _reviewed, "Mark reviewed"),
    "reply": Action(AGENT, _reply, "Send reply"),
    "erase": Action(ADMIN, _erase, "Execute erasure"),
}


# --- messages -----------------------------------------------------------------------------

def _labels(c: Ctx, m: InboundMessage, p: Params) -> str:
    done = adapters.correct_labels(
        c.session, m, kind=_text(p, "kind"), intents=_list(p, "intents"),
        channels=_list(p, "channels"), language=_text(p, "language"), actor=c.actor)
    if not done:
        return "The labels were unchanged."
    # what the bot would have done had it understood: for the intents staff added
    added = set(done.after["intents"]) - set(done.before["intents"])
    acted = triage.act_on_labels(c.session, m, added=added, mailer=c.mailer, actor=c.actor)
    said = acted.summary()
    return "Labels corrected; kept as a training example." + (f" Done: {said}." if said else "")


def _message_reviewed(c: Ctx, m: InboundMessage, p: Params) -> str:
    adapters.mark_message_reviewed(c.session, m, actor=c.actor)
    return f"Message {m.id} marked reviewed."


def _spam(c: Ctx, m: InboundMessage, p: Params) -> str:
    if m.kind != "spam":
        adapters.correct_labels(c.session, m, kind="spam", intents=[], channels=[],
                                language=m.language or "en", actor=c.actor)
    adapters.mark_message_reviewed(c.session, m, actor=c.actor)
    return f"Message {m.id} closed as spam."


def _message_reply(c: Ctx, m: InboundMessage, p: Params) -> str:
    item = adapters.queue_message_reply(
        c.session, m, subject=_text(p, "subject"), body=str(p.get("body") or ""),
        nonce=_text(p, "nonce"), actor=c.actor, settings=c.mailer.settings)
    adapters.mark_message_reviewed(c.session, m, actor=c.actor)
    return f"Reply queued (outbox {item.id}); the bot's sender mails it."


MESSAGE_ACTIONS: dict[str, Action] = {
    "labels": Action(AGENT, _labels, "Correct labels"),
    "reviewed": Action(AGENT, _message_reviewed, "Mark reviewed"),
    "spam": Action(AGENT, _spam, "Close as spam"),
    "reply": Action(AGENT, _message_reply, "Send reply"),
}

# what the queue's checkboxes can do to many at once
BULK_REQUEST_ACTIONS = ("assign", "reviewed", "close_spam")
BULK_MESSAGE_ACTIONS = ("reviewed", "spam")


@dataclass
class BulkResult:
    done: int = 0
    skipped: list[str] | None = None

    def summary(self) -> str:
        skipped = self.skipped or []
        line = f"{self.done} done"
        if skipped:
            line += f", {len(skipped)} skipped: " + "; ".join(skipped[:5])
        return line + "."


def run_bulk(c: Ctx, *, target: str, action: str, ids: list[str], params: Params) -> BulkResult:
    """One savepoint per item: a refused item is skipped, the others go through."""
    table = REQUEST_ACTIONS if target == "requests" else MESSAGE_ACTIONS
    allowed = BULK_REQUEST_ACTIONS if target == "requests" else BULK_MESSAGE_ACTIONS
    if action not in allowed:
        raise LifecycleError(f"bulk action must be one of {', '.join(allowed)}")
    result = BulkResult(skipped=[])
    for raw in dict.fromkeys(ids[:500]):
        row = _load(c.session, target, raw)
        if row is None:
            result.skipped.append(f"{raw}: not found")  # type: ignore[union-attr]
            continue
        try:
            with c.session.begin_nested():
                table[action].run(c, row, params)
            result.done += 1
        except LifecycleError as exc:
            result.skipped.append(f"{raw}: {exc}")  # type: ignore[union-attr]
    return result


def _load(session: Session, target: str, raw: str) -> Any:
    if target == "requests":
        from bot.privacy import find_by_reference

        return find_by_reference(session, raw.strip().upper())
    return session.get(InboundMessage, int(raw)) if raw.strip().isdigit() else None
