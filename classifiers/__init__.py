"""Classifies privacy mail: kind, intents, channels, language (shared/spec/labels.md).

    from classifiers import load, MailInput
    clf = load(own_domains=("carerra.co",))
    clf.classify(MailInput(subject="Unsubscribe", body="Please stop the texts."))
"""

from classifiers.contract import (
    CHANNELS,
    INTENTS,
    KINDS,
    LANGUAGES,
    Classification,
    MailInput,
)
from classifiers.pipeline import Classifier, load

__all__ = [
    "CHANNELS",
    "INTENTS",
    "KINDS",
    "LANGUAGES",
    "Classification",
    "Classifier",
    "MailInput",
    "load",
]
