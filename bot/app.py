"""The things one running bot holds: settings, the engine, the classifier, the replies.

Created by the command that needs them (never at import time) and closed by it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.health import Health
from bot.reply import Replies
from bot.store.db import make_engine, migrate

if TYPE_CHECKING:
    from classifiers import Classifier

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class App:
    settings: Settings
    stopping: threading.Event = field(default_factory=threading.Event)
    health: Health = field(default_factory=Health)
    # one thread decides and records at a time (the mailbox watch and a flush may both try)
    processing: threading.Lock = field(default_factory=threading.Lock)

    @cached_property
    def engine(self) -> Engine:
        db = self.settings.database
        engine = make_engine(db.url, echo=db.echo, busy_timeout=db.sqlite_busy_timeout_seconds)
        migrate(engine)
        return engine

    @cached_property
    def classifier(self) -> Classifier:
        import classifiers

        return classifiers.load(own_domains=tuple(self.settings.company.own_domains))

    @cached_property
    def replies(self) -> Replies:
        directory = Path(self.settings.worker.replies_dir)
        if not directory.is_absolute() and not directory.is_dir():
            directory = ROOT / directory
        return Replies(directory, self.settings.company)

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
