"""What the trained text classifiers see: the words, plus the rule pipeline's findings.

The rule components (`carerra_norm` -> `carerra_cues` -> `carerra_intents` ->
`carerra_kind`) run first; their findings become marker tokens appended to the
accent-folded words of the message, so a bag-of-words model learns how far to trust
each rule in each context:

    __cue_erasure__      a cue for an intent (or an auxiliary cue: __cue_marketing__)
    __neg_erasure__      the same cue, negated ("do not delete my account")
    __weak_complaint__   a weak cue (not enough alone)
    __disc_erasure__     a cue inside a disclaimer sentence
    __subj_unsubscribe__ a cue in the subject
    __rule_erasure__     the rules decided this intent (__rulehi_…: with a strong score)
    __ev_listonly_erasure__  which rule of the contract fired (list-only, boilerplate, …)
    __ch_sms__           the channels the rules chose
    __kind_bounce__      the kind the rules chose; __hdr_autosubmitted__ one header reason
    __report__, __bounced__, __short__, __empty__  message structure
    __number__           any number of three digits or more (the words themselves)

Quoted history, signatures and disclaimers are already gone (the parse stage), so
only what the sender wrote now reaches the model.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from classifiers.cues import norms_of
from classifiers.findings import findings

_NON_WORD = re.compile(r"[^a-z0-9]+")
_NUMBER = re.compile(r"\d[\d\-./:,]*\d")
NUMBER = "__number__"
KEEP_PUNCT = {"?", "!"}
MAX_WORDS = 400  # the start of a long message carries its request
EVIDENCE_KINDS = {
    "list-only", "boilerplate", "negated-wish", "objection-marketing", "veto",
    "restriction-purpose", "reminder", "withdraw", "bare-stop", "weak-cues",
    "pattern-in-context", "no-privacy-context", "conflict", "negated",
}


def _slug(text: str) -> str:
    return _NON_WORD.sub("", text.lower())


_KEEP: dict[str, bool] = {}


def _keep(norm: str) -> bool:
    """Whether a folded token is a feature word (cached: the same words recur)."""
    hit = _KEEP.get(norm)
    if hit is None:
        hit = bool(norm) and not norm.isspace() and (
            norm.isalnum() or norm in KEEP_PUNCT or any(ch.isalnum() for ch in norm))
        if len(_KEEP) > 200_000:
            _KEEP.clear()
        _KEEP[norm] = hit
    return hit


def words(doc: Doc) -> list[str]:
    """The folded words of a rule-processed doc, whitespace and most punctuation
    dropped; the subject comes first, then __body__."""
    norms = norms_of(doc)
    subject_end = findings(doc).subject_end
    keep = _KEEP.get
    if subject_end:
        head = [n for n in norms[:subject_end] if keep(n) or (keep(n) is None and _keep(n))]
        if subject_end < len(norms):
            head.append("__body__")
    else:
        head = []
    body = [n for n in norms[subject_end:] if keep(n) or (keep(n) is None and _keep(n))]
    out = head + body
    if len(out) > MAX_WORDS:
        out = out[:MAX_WORDS]
    # numbers of three digits or more (codes, order and phone numbers, dates, postcodes)
    # are one feature: which digits they hold says nothing, yet as words they swayed the
    # model ("Yes please, 1234 5678" was an unsubscribe for some codes); article numbers
    # ("Art. 15", "§ 21") keep their own words
    return [NUMBER if w[:1].isdigit() and len(w) > 2 and _NUMBER.fullmatch(w) else w
            for w in out]


def markers(doc: Doc) -> list[str]:
    """Marker tokens for the rule findings of one doc (see module docstring)."""
    u = findings(doc)
    out: list[str] = []
    for cue in u.cues or ():
        for label in cue.labels:
            if label.startswith("guard_"):
                continue  # safety cues steer review only: the model never sees them
            if cue.disclaimer:
                out.append(f"__disc_{label}__")
            elif cue.negated:
                out.append(f"__neg_{label}__")
            elif cue.weak:
                out.append(f"__weak_{label}__")
            else:
                out.append(f"__cue_{label}__")
                if cue.in_subject:
                    out.append(f"__subj_{label}__")
    scores = u.intent_scores or {}
    for intent in u.intents or ():
        out.append(f"__rule_{intent}__")
        if scores.get(intent, 0.0) >= 0.9:
            out.append(f"__rulehi_{intent}__")
    for ev in u.evidence or ():
        parts = ev.split(":")
        if parts[0] in EVIDENCE_KINDS and len(parts) > 1:
            out.append(f"__ev_{_slug(parts[0])}_{_slug(parts[1])}__")
    for ch in u.channels or ():
        out.append(f"__ch_{ch}__")
    out.append(f"__kind_{u.kind}__")
    for reason in u.kind_evidence or ():
        head = reason.split(":")
        name = _slug("".join(head[:2])) if head[0] in ("header", "sender") else _slug(head[0])
        out.append(f"__hdr_{name}__" if head[0] in ("header", "sender") else f"__kev_{name}__")
    mail = u.mail
    if mail is not None:
        if (mail.report_type or "").lower() == "delivery-status":
            out.append("__report__")
        if mail.bounced:
            out.append("__bounced__")
        if not (mail.body or "").strip():
            out.append("__empty__")
    n_words = sum(1 for n in norms_of(doc) if n.isalpha())
    if n_words <= 4:
        out.append("__short__")
    return out


STEMS = (4, 5, 6)


def stems(ws: list[str], sizes: tuple[int, ...] = STEMS) -> list[str]:
    """Word starts of several lengths ("loschung" -> "losc", "losch", "loschu"): one
    cheap stand-in for stemming in eight languages. Each length is its own run of
    tokens so that word-pair features pair stems of the same length."""
    alpha = [w for w in ws if w.isalpha()]
    out: list[str] = []
    for n in sizes:
        out.append(f"__stem{n}__")
        out.extend([w[:n] for w in alpha if len(w) > n])
    return out


def feature_words(doc: Doc, use_markers: bool = True,
                  stem_sizes: tuple[int, ...] = STEMS) -> list[str]:
    ws = words(doc)
    return ws + (stems(ws, stem_sizes) if stem_sizes else []) + (
        markers(doc) if use_markers else [])
