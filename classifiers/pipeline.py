"""The classifier: language detection, one spaCy pipeline, the `Classification`.

    nlp = spacy.blank("xx")  +  carerra_norm -> carerra_cues -> carerra_intents -> carerra_kind

One multilingual pipeline serves all eight languages: the text is normalised first
(`classifiers.text.prepare`) so the "xx" tokenizer needs no per-language rules, and
the language only selects the negation and clause words. (spacy.blank("fr") alone
takes over 4 s to build, which rules out one blank pipeline per language.) A trained
text classifier can be added to `Classifier.nlp` later; `classify` reads its
`doc.cats` if present and lets a confident model raise an intent score (see
`_merge_cats`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import cast

import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

import classifiers.cues  # noqa: F401  (registers carerra_norm, carerra_cues)
import classifiers.intents  # noqa: F401  (registers carerra_intents)
import classifiers.kind  # noqa: F401  (registers carerra_kind)
from classifiers.contract import INTENTS, Classification, MailInput
from classifiers.cues import TEXT_KEY
from classifiers.findings import findings
from classifiers.language import LanguageDetector
from classifiers.text import is_reply_subject, prepare

SUBJECT_SEP = "\n\n"
# The "xx" tokenizer lists these as special cases, each giving the single token the
# plain rules give too (no prefix, suffix or infix pattern matches whitespace). But a
# special case met in a text stops spaCy caching the tokens of the rest of that text,
# so with them the cache missed after the first line break of nearly every mail.
PLAIN_SPECIALS = ("\n", "\t", " ")
# distinct whitespace-delimited chunks the tokenizer caches (spaCy's default of 10,000
# is full after ~1,000 messages of the corpus, and a full cache takes nothing new)
TOKENIZER_CACHE = 200_000


def blank_nlp() -> Language:
    """spacy.blank("xx") with a tokenizer whose cache works (the same tokens)."""
    nlp = spacy.blank("xx")
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in PLAIN_SPECIALS}
    tokenizer.max_cache_size = TOKENIZER_CACHE
    return nlp


def build_nlp(own_domains: Sequence[str] = ("carerra.co",)) -> Language:
    nlp = blank_nlp()
    nlp.add_pipe("carerra_norm")
    nlp.add_pipe("carerra_cues")
    nlp.add_pipe("carerra_intents")
    nlp.add_pipe("carerra_kind", config={"own_domains": list(own_domains)})
    return nlp


def own_text(mail: MailInput) -> str:
    """What the sender wrote now: the body, or for robots with an empty body the start
    of the full text (bounces often keep their explanation there)."""
    return mail.body if mail.body.strip() else (mail.full_text or "")[:4000]


def make_doc(nlp: Language, mail: MailInput, lang: str) -> Doc:
    subject = "" if is_reply_subject(mail.subject) else (mail.subject or "").strip()
    head = prepare(subject) + SUBJECT_SEP if subject else ""
    text = head + prepare(own_text(mail))
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    found = findings(doc)
    found.lang = lang
    found.mail = mail
    found.subject_end = _first_token_at(doc, len(head)) if head else 0
    return doc


def _first_token_at(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after `char` (by offset, without
    creating Token objects)."""
    return bisect_left(doc.to_array(IDX).tolist(), char)


class Classifier:
    """Rule-based classifier for the privacy mailbox (shared/spec/labels.md)."""

    def __init__(self, *, own_domains: Sequence[str] = ("carerra.co",)) -> None:
        self.own_domains = tuple(own_domains)
        self.nlp = build_nlp(self.own_domains)
        self.languages = LanguageDetector()

    def warm_up(self) -> None:
        """Kept for callers that warm up at start-up: everything is loaded by `load()`."""
        self.languages.warm_up()

    def classify(self, mail: MailInput) -> Classification:
        return self.classify_many([mail])[0]

    def classify_many(
        self, mails: Iterable[MailInput], batch_size: int = 256
    ) -> list[Classification]:
        mails = list(mails)
        langs = self.languages.detect_many((own_text(m), m.subject) for m in mails)
        docs = (make_doc(self.nlp, m, lang) for m, lang in zip(mails, langs, strict=True))
        return [self.to_classification(doc) for doc in self.nlp.pipe(docs, batch_size=batch_size)]

    @staticmethod
    def to_classification(doc: Doc) -> Classification:
        u = findings(doc)
        kind = u.kind
        evidence = list(u.kind_evidence or [])
        if kind != "human":
            return Classification(
                kind=kind, language=u.lang, scores={i: 0.0 for i in INTENTS},
                evidence=tuple(evidence),
            )
        scores = dict(u.intent_scores or {i: 0.0 for i in INTENTS})
        intents, channels = u.intents, u.channels
        review = bool(u.needs_review) or "header-conflict" in evidence
        if doc.cats:
            intents, review = _merge_cats(scores, intents, review, doc.cats, evidence)
        return Classification(
            kind="human",
            intents=tuple(sorted(intents)),
            channels=tuple(sorted(channels)),
            language=u.lang,
            scores=scores,
            needs_review=review,
            evidence=tuple(evidence + list(u.evidence or [])),
        )


def _merge_cats(scores, intents, review, cats, evidence):
    """Hook for a trained textcat: a model score for an intent the rules missed only
    flags the message for review; it never adds an action on its own."""
    for intent in INTENTS:
        model = float(cats.get(intent, 0.0))
        if intent != "other" and model >= 0.8 and intent not in intents:
            review = True
            evidence.append(f"model-disagrees:{intent}")
    return intents, review


def load(*, own_domains: Sequence[str] = ("carerra.co",)) -> Classifier:
    """Build the classifier once (well under 2 s; nothing is downloaded)."""
    return Classifier(own_domains=own_domains)
