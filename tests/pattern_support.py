"""What the rule pipeline alone decides about one message: the pattern tests
(tests/test_patterns_*.py) check cues this way, so they do not move with a retrained
model. The `clf` fixture they take is in tests/conftest.py."""

from __future__ import annotations

import pytest

from classifiers import Classifier, MailInput
from classifiers.findings import Findings, findings


def rules(clf: Classifier, body: str, subject: str = ""
          ) -> tuple[set[str], set[str], Findings]:
    """The intents (without "other") and channels the rules find, and their findings."""
    mail = MailInput(subject=subject, body=body, sender="Jo Bloggs <jo@example.com>")
    u = findings(clf.rules.docs([mail])[0])
    return set(u.intents) - {"other"}, set(u.channels), u


def round_cases(**rounds: list[tuple]) -> list:
    """Each round's (body, intents, channels) cases as pytest params named by their round
    and place ("round34-2"), so "-k round34" selects one round's wordings."""
    return [pytest.param(*case, id=f"{name}-{i}")
            for name, cases in rounds.items() for i, case in enumerate(cases)]
