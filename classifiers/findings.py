"""What the rule components know about one doc, in one object: `findings(doc)`.

    make_doc: lang, mail, subject_end     carerra_cues: cues
    carerra_intents: intent_scores, intent_hits, intents, channels, needs_review, evidence
    carerra_kind: kind, kind_evidence

The same fields are spaCy extension attributes (`doc._.intents`, ...) reading and
writing this object, for code outside the pipeline. The components themselves use
`findings(doc)`: each `doc._.name` builds an `Underscore` object and looks the value up
by a tuple key, about 1-2 µs, and a message took some fifty of them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

if TYPE_CHECKING:
    from classifiers.contract import MailInput
    from classifiers.cues import Cue

KEY = "carerra_findings"


@dataclass(slots=True)
class Findings:
    lang: str = "en"
    mail: MailInput | None = None
    subject_end: int = 0  # the first token of the body
    cues: list[Cue] | None = None
    intent_scores: dict[str, float] | None = None
    intent_hits: dict[str, list[tuple[float, Cue | None]]] | None = None
    intents: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    needs_review: bool = False
    evidence: list[str] | None = None
    kind: str = "human"
    kind_evidence: list[str] | None = None


def findings(doc: Doc) -> Findings:
    found = doc.user_data.get(KEY)
    if found is None:
        found = doc.user_data[KEY] = Findings()
    return found


def _extension(name: str) -> None:
    def get(doc: Doc) -> Any:
        return getattr(findings(doc), name)

    def set_(doc: Doc, value: Any) -> None:
        setattr(findings(doc), name, value)

    if not Doc.has_extension(name):
        Doc.set_extension(name, getter=get, setter=set_)


for _field in fields(Findings):
    _extension(_field.name)
