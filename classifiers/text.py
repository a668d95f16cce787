"""Text normalisation shared by the rule components (language-independent).

The rules match on accent-folded lower-case forms (`fold`). Before tokenising, a few
spelling variants are normalised (`prepare`) so that one tokenizer (spaCy's "xx")
serves all eight languages: English contractions are expanded, French/Italian elisions
lose their apostrophe ("l'utilisation" -> "l utilisation"), and hyphens inside words are
dropped ("e-mail" -> "email", "Werbe-E-Mails" -> "WerbeEMails", "SMS-y" -> "SMSy").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans(
    {"ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ı": "i"}
)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case, strip accents: "Löschung" -> "loschung", "usunąć" -> "usunac"."""
    s = word.lower().translate(_EXTRA)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


_APOS = re.compile(r"[\u2019\u2018\u02bc\u00b4`]")
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015]")
_CONTRACTIONS = [
    (re.compile(r"\b(can)'t\b", re.I), r"\1 not"),
    (re.compile(r"\b(won)'t\b", re.I), "will not"),
    (re.compile(r"\b(\w+)n't\b", re.I), r"\1 not"),
    (re.compile(r"\b(i|you|we|they|he|she|it)'(d)\b", re.I), r"\1 would"),
    (re.compile(r"\b(i|you|we|they)'(ve)\b", re.I), r"\1 have"),
    (re.compile(r"\b(i|you|we|they|he|she|it)'(ll)\b", re.I), r"\1 will"),
    (re.compile(r"\b(i)'(m)\b", re.I), r"\1 am"),
]
_ELISION = re.compile(
    r"\b(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|coll"
    r"|quest|quell|un|nessun|tutt|sant)'(?=\w)",
    re.I,
)
_PLURAL_APOS = re.compile(r"(?<=\w)'(?=(?:s|jes|tjes|tje)\b)")
_ARTICLE = re.compile(r"\b(art|arts|artt|artigo|art\.º)\.?(?=\d)", re.I)
_PAREN_NUM = re.compile(r"(\d)\((?=\w)")
# French inversion and Portuguese enclitics keep their words apart ("pouvez-vous",
# "retirez-moi", "enviem-me"); other inner hyphens are dropped below
_CLITIC_HYPHEN = re.compile(
    r"(?<=[^\W\d_])-(vous|moi|nous|toi|il|elle|ils|elles|on|je|tu|les|le|la|lui|leur|en"
    r"|me|te|se|lhe|lhes|lo|los|las|nos)\b",
    re.I,
)
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")


def prepare(text: str) -> str:
    """Normalise spelling variants before tokenising (see module docstring)."""
    text = _APOS.sub("'", text)
    text = _DASHES.sub(" - ", text)
    for rx, repl in _CONTRACTIONS:
        text = rx.sub(repl, text)
    text = _ELISION.sub(r"\1 ", text)
    text = _PLURAL_APOS.sub("", text)
    text = _ARTICLE.sub(r"\1. ", text)
    text = _PAREN_NUM.sub(r"\1 (", text)
    text = _CLITIC_HYPHEN.sub(r" \1", text)
    text = _INNER_HYPHEN.sub("", text)
    return _SPACES.sub(" ", text)


REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|antw|sv|vs|r|rif|odp|res|ref|wg|fw|fwd|tr|rv|enc|pd)\s*(\[\d+\])?\s*:\s*)+",
    re.I,
)


def is_reply_subject(subject: str) -> bool:
    """True if the subject is ours echoed back ("Re: ...", "AW: ...", "Odp: ...")."""
    return bool(REPLY_PREFIX.match(subject or ""))
