"""The lifecycle of a privacy request, from intake to closing — the domain API.

    intake (record stage)   identity by our server's DMARC/DKIM, or a one-time code in
                            the acknowledgement; UK clock start; double opt-in; assignee
    the person confirms     reply with the code (pipeline) / open the link (web)
    staff act               verify, clarify (UK: clock stops), extend, export, rectify,
                            restrict, object, erase, close
    the scheduler           reminders, expiry, masking codes, wiping erasure notices

Every staff action is a keyword-only function `f(session, request, *, actor, ...)` that
raises a `LifecycleError` subclass when the transition is not allowed, records a
RequestEvent and an AuditLog row, queues any message for the person in the outbox
(`Mailer`), and leaves the commit to the caller.

Modules: clock (deadline state), verification (codes), intake, subscribe (double
opt-in), staff (verify/clarify/extend/close), fulfil (export, rectify, restrict,
object), export (build_export), erasure, jobs (scheduled), mailer, errors.
"""

from bot.lifecycle.clock import IDENTITY_TYPES, needs_identity
from bot.lifecycle.erasure import ErasureReport, execute_erasure
from bot.lifecycle.errors import (
    ErasureBlocked,
    ExtensionRefused,
    InvalidCode,
    LifecycleError,
    MissingReason,
    NoAddress,
    NotVerified,
    RequestClosed,
    WrongRequestType,
)
from bot.lifecycle.export import Export, build_export
from bot.lifecycle.fulfil import (
    approve_export,
    lift_restriction,
    record_objection,
    rectify_contact,
    restrict_processing,
    withdraw_objection,
)
from bot.lifecycle.intake import assign
from bot.lifecycle.jobs import (
    JobCounts,
    run_housekeeping,
    run_lifecycle_jobs,
    run_verification_jobs,
)
from bot.lifecycle.mailer import Mailer
from bot.lifecycle.staff import (
    clarification_received,
    close_request,
    extend_request,
    request_clarification,
    send_verification,
    verify_identity,
)
from bot.lifecycle.subscribe import send_subscribe_confirmation
from bot.lifecycle.verification import authenticated_by_our_server, confirm_by_token

__all__ = [
    "IDENTITY_TYPES",
    "ErasureBlocked",
    "ErasureReport",
    "Export",
    "ExtensionRefused",
    "InvalidCode",
    "JobCounts",
    "LifecycleError",
    "Mailer",
    "MissingReason",
    "NoAddress",
    "NotVerified",
    "RequestClosed",
    "WrongRequestType",
    "approve_export",
    "assign",
    "authenticated_by_our_server",
    "build_export",
    "clarification_received",
    "close_request",
    "confirm_by_token",
    "execute_erasure",
    "extend_request",
    "lift_restriction",
    "needs_identity",
    "record_objection",
    "rectify_contact",
    "request_clarification",
    "restrict_processing",
    "run_housekeeping",
    "run_lifecycle_jobs",
    "run_verification_jobs",
    "send_subscribe_confirmation",
    "send_verification",
    "verify_identity",
    "withdraw_objection",
]
