"""Classifies privacy mail: kind, intents, channels, language (shared/spec/labels.md).

    from classifiers import load, MailInput
    clf = load(own_domains=("carerra.co",))
    clf.classify(MailInput(subject="Unsubscribe", body="Please stop the texts."))

`load()` returns the production classifier (`classifiers.hybrid`): the rule pipeline
(`classifiers.pipeline`, also available alone as `RuleClassifier`) followed by the
trained text classifiers in `classifiers/model/` (`python -m classifiers train`).
"""

from classifiers.contract import (
    CHANNELS,
    INTENTS,
    KINDS,
    LANGUAGES,
    Classification,
    MailInput,
)
from classifiers.hybrid import HybridClassifier as Classifier
from classifiers.hybrid import load
from classifiers.pipeline import Classifier as RuleClassifier

__all__ = [
    "CHANNELS",
    "INTENTS",
    "KINDS",
    "LANGUAGES",
    "Classification",
    "Classifier",
    "MailInput",
    "RuleClassifier",
    "load",
]
