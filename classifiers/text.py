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
_ELIDED = re.compile(
    r"l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|coll"
    r"|quest|quell|un|nessun|tutt|sant",
    re.I,
)
# a word, an apostrophe, a letter; the word is tested against _ELIDED only then (one
# alternation of 22 words tried at every word start costs five times as much)
_ELISION = re.compile(r"\b(\w+)'(?=\w)")
_PLURAL_APOS = re.compile(r"(?<=\w)'(?=(?:s|jes|tjes|tje|kes|ke)\b)")
_ARTICLE = re.compile(r"\b(art|arts|artt|artigo|art\.º)\.?(?=\d)", re.I)
_PAREN_NUM = re.compile(r"(\d)\((?=\w)")
# French inversion and Portuguese enclitics keep their words apart ("pouvez-vous",
# "retirez-moi", "enviem-me"); other inner hyphens are dropped below
# (the hyphen first, then a look back at the letter before it: a pattern that starts
# with a literal is searched for that literal, one that starts with a look-behind is
# tried at every position)
_CLITIC_HYPHEN = re.compile(
    r"-(?<=[^\W\d_]-)(vous|moi|nous|toi|il|elle|ils|elles|on|je|tu|les|le|la|lui|leur|en"
    r"|me|te|se|lhe|lhes|lo|los|las|nos)\b",
    re.I,
)
_INNER_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)(?=[^\W\d_])")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")


# the rewrites of _CONTRACTIONS in one pass
_CONTRACTION = re.compile(r"\b(\w+)'(t|d|ve|ll|m)\b", re.I)
_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it"}
_SUFFIX = {"d": " would", "ll": " will", "ve": " have", "m": " am"}
_WITH = {"d": _PRONOUNS, "ll": _PRONOUNS, "ve": {"i", "you", "we", "they"}, "m": {"i"}}


def _expand(m: re.Match[str]) -> str:
    word, suffix = m.group(1), m.group(2).lower()
    low = word.lower()
    if suffix == "t":
        if low == "can":
            return f"{word} not"
        if low == "won":
            return "will not"
        return f"{word[:-1]} not" if low.endswith("n") and len(word) > 1 else m.group(0)
    return word + _SUFFIX[suffix] if low in _WITH[suffix] else m.group(0)


# English negations typed without the apostrophe ("pls dont delete", "I didnt ask").
# "dont" is also French ("les données dont vous disposez"): expanded only when the next
# word is not one that follows the French relative pronoun.
_BARE_NEG = re.compile(
    r"\b(?:(do|did|does|is|are|was|were|has|have|had|should|would|could|must|need)nt"
    r"|(ca)nt|(wo)nt)\b(?!'|\s+(?:je|j|vous|nous|il|ils|elle|elles|on|la|le|les|l|un|une|des|du"
    r"|de|d|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces"
    r"|certain\w*|tou\w*|plusieurs|chacun\w*|celui|celle|ceux|cela|ca|quelques|moi|lui|eux"
    r"|seul\w*|au|aux|en|y|aucun\w*|deux|trois|quatre|dispos\w*|notamment|fait|font)\b)",
    re.I,
)
_BARE_NEG_WORD = {"ca": "can", "wo": "will"}
_BARE_NEG_HINTS = ("dont", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent", "hasnt",
                   "havent", "hadnt", "shouldnt", "wouldnt", "couldnt", "mustnt", "neednt",
                   "cant", "wont")


def _elide(m: re.Match[str]) -> str:
    word = m.group(1)
    return word + " " if _ELIDED.fullmatch(word) else m.group(0)


def _bare_neg(m: re.Match[str]) -> str:
    aux, special = m.group(1), m.group(2) or m.group(3)
    if special:
        return _BARE_NEG_WORD[special.lower()] + " not"
    return f"{aux} not"


_APOS_CHARS = frozenset("\u2019\u2018\u02bc\u00b4`")
_DASH_CHARS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015")
_DIGITS = frozenset("0123456789")


def prepare(text: str) -> str:
    """Normalise spelling variants before tokenising (see module docstring).

    Each rewrite runs only when the character it needs is in the text: most mail has
    no apostrophe, and a regular expression that cannot match still scans."""
    # (substring tests: cheaper than building set(text) for a few characters)
    apos = any(ch in text for ch in _APOS_CHARS)
    hyphen = "-" in text
    digits = any(d in text for d in _DIGITS)
    paren = "(" in text
    spaces = "\t" in text or "\u00a0" in text or "\u200b" in text
    if apos:
        text = _APOS.sub("'", text)
    if any(ch in text for ch in _DASH_CHARS):
        text = _DASHES.sub(" - ", text)
    if apos or "'" in text:
        text = _CONTRACTION.sub(_expand, text)
        text = _ELISION.sub(_elide, text)
        text = _PLURAL_APOS.sub("", text)
    low = text.lower()
    if any(h in low for h in _BARE_NEG_HINTS):  # (a substring test is 10x cheaper)
        text = _BARE_NEG.sub(_bare_neg, text)
    if digits:
        if "art" in text.lower():  # ("Art. 17", "art17", "artigo 15", "art.º 17")
            text = _ARTICLE.sub(r"\1. ", text)
        if paren:
            text = _PAREN_NUM.sub(r"\1 (", text)
    if hyphen:
        text = _CLITIC_HYPHEN.sub(r" \1", text)
        text = _INNER_HYPHEN.sub("", text)
    if spaces or "  " in text:
        text = _SPACES.sub(" ", text)
    return text


REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|antw|sv|vs|r|rif|odp|res|ref|wg|fw|fwd|tr|rv|enc|pd)\s*(\[\d+\])?\s*:\s*)+",
    re.I,
)


def is_reply_subject(subject: str) -> bool:
    """True if the subject is ours echoed back ("Re: ...", "AW: ...", "Odp: ...")."""
    return bool(REPLY_PREFIX.match(subject or ""))
