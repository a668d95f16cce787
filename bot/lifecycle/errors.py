"""What a staff action raises when the request's state does not allow it.

Every message is one line a person can act on (the web shows it as is); none holds a
name or an address.
"""

from __future__ import annotations


class LifecycleError(Exception):
    """A transition or staff action that is not allowed in the request's current state."""


class RequestClosed(LifecycleError):
    """The request is already closed (completed, refused or withdrawn)."""


class NotVerified(LifecycleError):
    """Identity is not verified: nothing is released, erased or changed."""


class WrongRequestType(LifecycleError):
    """The action does not fit what the person asked for (e.g. an export for an erasure)."""


class MissingReason(LifecycleError):
    """A refusal, an extension or a lifted restriction needs a reason for the person."""


class ExtensionRefused(LifecycleError):
    """Already extended, the clock has not started, or the first period is over."""


class ErasureBlocked(LifecycleError):
    """Erasure would destroy what an open complaint needs (Art. 17(3)(e))."""


class NoAddress(LifecycleError):
    """The request has no address to write to (its personal data was erased)."""


class InvalidCode(LifecycleError):
    """A verification code or link that is unknown, used, revoked or expired."""
