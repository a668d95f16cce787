"""Classifies privacy mail: kind, intents, channels, language (shared/spec/labels.md)."""

from classifiers.contract import (
    CHANNELS,
    INTENTS,
    KINDS,
    LANGUAGES,
    Classification,
    MailInput,
)

__all__ = ["CHANNELS", "INTENTS", "KINDS", "LANGUAGES", "Classification", "MailInput"]
