"""The production classifier: rules first, then the trained model, then the contract.

    MailInput ─► language ─► rule pipeline (norm, cues + negation, intents, kind)
              ─► feature doc (words + rule markers) ─► textcat "intents", textcat "kind"
              ─► decide: kind (structure, headers, model), intents (thresholds),
                 channels (rules), needs_review

What each stage guarantees:
- kind: hard structure (an RFC 3464 report, bounced recipients, X-Failed-Recipients)
  is a bounce, a relay from our own web form is human; otherwise the model decides,
  and a message is only a robot when P(human) is below `human_floor`.
- intents only for humans; per-intent thresholds tuned on the dev split; `other`
  only when no privacy intent passes; a decision near its threshold is flagged
  `needs_review` (unsubscribe is honoured all the same).
- channels come from the rule matcher (cue scope: clause, sentence, subject).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc

from classifiers.contract import CHANNELS, INTENTS, KINDS, Classification, MailInput
from classifiers.features import feature_words
from classifiers.language import LanguageDetector
from classifiers.model import MODEL_DIR, Prediction, Settings, TrainedModel
from classifiers.pipeline import build_nlp, make_doc, own_text

HARD_BOUNCE = {"structure:delivery-status", "header:delivery-report", "header:x-failed-recipients"}
PRIVACY = tuple(i for i in INTENTS if i != "other")


class RuleStage:
    """Language detection and the rule components, shared by training and serving."""

    def __init__(self, own_domains: Sequence[str] = ("carerra.co",)) -> None:
        self.own_domains = tuple(own_domains)
        self.nlp = build_nlp(self.own_domains)
        self.languages = LanguageDetector()

    def docs(self, mails: Sequence[MailInput], batch_size: int = 256) -> list[Doc]:
        langs = self.languages.detect_many((own_text(m), m.subject) for m in mails)
        made = (make_doc(self.nlp, m, lang) for m, lang in zip(mails, langs, strict=True))
        return list(self.nlp.pipe(made, batch_size=batch_size))


def rule_intent_scores(doc: Doc) -> dict[str, float]:
    scores = dict(doc._.intent_scores or {})
    return {i: float(scores.get(i, 0.0)) for i in INTENTS}


def decide_kind(doc: Doc, pred: Prediction, settings: Settings) -> tuple[str, list[str]]:
    evidence = list(doc._.kind_evidence or [])
    if HARD_BOUNCE & set(evidence) or any(e.startswith("sender:mailer-daemon") for e in evidence):
        return "bounce", evidence
    if "web-form-relay" in evidence:
        return "human", evidence
    p_human = pred.kind.get("human", 0.0)
    if p_human >= settings.human_floor:
        return "human", evidence + [f"model:human:{p_human:.2f}"]
    robot = max((k for k in KINDS if k != "human"), key=lambda k: pred.kind.get(k, 0.0))
    return robot, evidence + [f"model:{robot}:{pred.kind.get(robot, 0.0):.2f}"]


SUPPRESSING = {"negated", "veto", "list-only", "boilerplate", "no-privacy-context", "past"}
# the rules' precedence: a portability request is not also an access request, a
# restriction while accuracy is contested is not also a rectification
YIELDS_TO = {"access": "portability", "rectification": "restriction"}


def suppressed(doc: Doc) -> set[str]:
    """Intents the rules decided against: seen only negated ("do not delete my
    account"), vetoed, boilerplate ("I reserve the right to complain"), a list-only
    erasure, or yielding to a more specific intent."""
    pos: set[str] = set()
    neg: set[str] = set()
    for cue in doc._.cues or ():
        if not cue.disclaimer:
            (neg if cue.negated else pos).update(cue.labels)
    out = neg - pos
    for ev in doc._.evidence or ():
        parts = ev.split(":")
        if parts[0] in SUPPRESSING and len(parts) > 1:
            out.add(parts[1])
    chosen = set(doc._.intents or ())
    out |= {weak for weak, strong in YIELDS_TO.items() if strong in chosen}
    return out - chosen


def decide_intents(doc: Doc, pred: Prediction, settings: Settings
                   ) -> tuple[list[str], dict[str, float], bool]:
    """Privacy intents (`other` alone if none), their scores, and whether a person should
    look. An intent is chosen when the model passes its threshold, or when the rules
    chose it and the model does not flatly disagree; an intent the rules saw only
    negated needs a very sure model. Review: a chosen intent (unsubscribe excepted:
    always honoured) or the best rejected one near its threshold, or subscribe together
    with unsubscribe."""
    th, margin = settings.thresholds, settings.review_margin
    model = pred.intents
    by_rules = set(doc._.intents or ()) - {"other"}
    against = suppressed(doc)
    scores = dict(model)
    chosen = []
    for i in PRIVACY:
        veto = settings.rule_vetoes.get(i, 0.05)
        ok = model[i] >= th.get(i, 0.5) or (i in by_rules and model[i] >= veto)
        if i in against and model[i] < settings.override:
            ok = False
        if ok:
            chosen.append(i)
            scores[i] = max(scores[i], th.get(i, 0.5))
    review = any(model[i] < min(1.0, th.get(i, 0.5) + margin) and i not in by_rules
                 for i in chosen if i != "unsubscribe")
    if not chosen:
        near = [i for i in PRIVACY if model[i] >= th.get(i, 0.5) - margin]
        return ["other"], scores, bool(near)
    if "subscribe" in chosen and "unsubscribe" in chosen:
        review = True
    return chosen, scores, review


def channels_for(doc: Doc, intents: Sequence[str]) -> tuple[str, ...]:
    """The rules' channels; if the model found an (un)subscribe the rules did not, the
    channels named anywhere in the message, else email."""
    if "unsubscribe" not in intents and "subscribe" not in intents:
        return ()
    if doc._.channels:
        return tuple(doc._.channels)
    named, all_four = set(), False
    for cue in doc._.cues or ():
        if cue.negated or cue.disclaimer:
            continue
        for label in cue.labels:
            if label.startswith("ch_") and label[3:] in CHANNELS and not cue.weak:
                named.add(label[3:])
            all_four = all_four or label in ("all_channels", "withdraw")
    if named:
        return tuple(c for c in CHANNELS if c in named)
    return CHANNELS if all_four else ("email",)


class HybridClassifier:
    """Rules + trained text classifiers behind the `classify` contract."""

    def __init__(self, model: TrainedModel, rules: RuleStage) -> None:
        self.model = model
        self.rules = rules
        self.own_domains = rules.own_domains
        self.languages = rules.languages

    def warm_up(self) -> None:
        self.languages.warm_up()

    def classify(self, mail: MailInput) -> Classification:
        return self.classify_many([mail])[0]

    def classify_many(self, mails: Iterable[MailInput], batch_size: int = 256
                      ) -> list[Classification]:
        mails = list(mails)
        docs = self.rules.docs(mails, batch_size)
        s = self.model.settings
        preds = self.model.predict((feature_words(d, s.markers, s.stems) for d in docs),
                                   batch_size)
        return [self.to_classification(d, p) for d, p in zip(docs, preds, strict=True)]

    def to_classification(self, doc: Doc, pred: Prediction) -> Classification:
        settings = self.model.settings
        kind, evidence = decide_kind(doc, pred, settings)
        if kind != "human":
            return Classification(kind=kind, language=doc._.lang,
                                  scores={i: 0.0 for i in INTENTS}, evidence=tuple(evidence))
        intents, scores, review = decide_intents(doc, pred, settings)
        return Classification(
            kind="human",
            intents=tuple(sorted(intents)),
            channels=channels_for(doc, intents),
            language=doc._.lang,
            scores=scores,
            needs_review=review or "header-conflict" in evidence,
            evidence=tuple(evidence + list(doc._.evidence or [])),
        )


def load(*, own_domains: Sequence[str] = ("carerra.co",),
         model_dir: Path | str = MODEL_DIR) -> HybridClassifier:
    return HybridClassifier(TrainedModel.load(model_dir), RuleStage(own_domains))
