"""Crash points for the crash-safety tests.

`crash_point("after_store")` kills the process with SIGKILL when the environment says
BOT_CRASH_AT=after_store — exactly as a power cut or the OOM killer would, with no
cleanup. Unset (always, in production) it costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    if os.environ.get("BOT_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
