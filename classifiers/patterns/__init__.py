"""Rule patterns as data: one module per language, compiled here into spaCy Matcher
patterns over accent-folded lower-case forms (token.norm_, see classifiers.text.fold).

Each language module defines:

* ``NEGATION``: words that negate the cue they precede (``POST_NEGATION``: that follow
  it, e.g. German "löschen Sie mein Konto *nicht*");
* ``BREAKERS``: words that start a new clause ("but", "aber", "mais", ...);
* ``SUBORDINATORS``: words across which a negation does not reach ("that", "dass");
* ``PATTERNS``: a dict ``label -> [pattern, ...]``.

A label is a cue name, optionally ``+``-joined (one pattern, several cues) and
optionally suffixed ``/weak`` (a weak cue, not enough alone) or ``/soft`` (enough
alone, but yields to a more specific intent, e.g. "send me my data" to portability).
Cue names are the intents of the contract plus auxiliary cues the logic combines
(``ch_email``, ``all_channels``, ``list_target``, ``withdraw``, ``chase``,
``authority``, ``boilerplate``, ``privacy``, ``marketing``, ``profiling``,
``disclaimer``, ``ooo``, ``ticket``, ``dsn``, ``spam``, ``medium`` and ``no_channel``
(wording whose channel words name no channel of the request) ...).

Pattern syntax, tokens separated by spaces (every word is folded when compiled, so
data may be written with accents):

* ``word``        the token equals ``word``
* ``a|b|c``       one of the alternatives
* ``lösch*``      a prefix (any alternative may carry ``*``)
* ``~regex``      a whole-token regular expression (the whole token spec; may hold ``|``)
* ``[a|b]``       optional token
* ``...`` / ``...5``  up to 3 (or 5) arbitrary tokens
* ``(a|b|c){3}``  up to 3 tokens, each one of the alternatives
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from classifiers.text import fold, prepare

LANG_MODULES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")
WEAK = "/weak"
SOFT = "/soft"


def keep_patterns(channel: str, *patterns: str) -> list[str]:
    """Patterns of the `keep` cue of one language, `{CH}` standing for its channel-word
    token: a channel the sender keeps ("the e-mails are fine", "die Mails dürfen weiter
    kommen") is no channel of a stop (`intents._channel_cues` drops the channel cues
    inside a keep cue unless the message also signs up)."""
    return [p.replace("{CH}", channel) for p in patterns]


@dataclass(frozen=True)
class Rule:
    """One compiled pattern: its cue labels, language, name and Matcher token specs."""

    labels: tuple[str, ...]
    weak: bool
    soft: bool
    lang: str
    name: str
    tokens: tuple[dict, ...]
    has_negation: bool = False  # the pattern itself holds a negation word


@dataclass(frozen=True)
class WordSet:
    """A set of folded words plus prefixes (written with a trailing ``*``)."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, items: Iterable[str]) -> WordSet:
        words, prefixes = set(), []
        for item in items:
            f = fold(item)
            if f.endswith("*"):
                prefixes.append(f[:-1])
            else:
                words.add(f)
        return cls(frozenset(words), tuple(prefixes))

    def __contains__(self, norm: str) -> bool:
        return norm in self.words or (bool(self.prefixes) and norm.startswith(self.prefixes))


@dataclass(frozen=True)
class LanguagePack:
    lang: str
    negation: WordSet
    post_negation: WordSet
    breakers: WordSet
    subordinators: WordSet
    rules: tuple[Rule, ...] = field(default=())


_INNER_HYPHEN = re.compile(r"\w-\w")
_BROKEN = re.compile(r"[()\[\]{}\\]")


def _alt_regex(alt: str) -> str:
    if alt.startswith("~"):  # a regex; plain words may be mixed in: "~\w*daten|alles|info*"
        rx = alt[1:]
        return re.sub(r"(?<=[^\\][a-z])\*(?=\||$)", r"\\w*", rx)
    if alt.endswith("*"):
        return re.escape(fold(alt[:-1])) + r"\w*"
    return re.escape(fold(alt))


def compile_token(spec: str) -> dict:
    """One DSL token -> one spaCy Matcher token dict (on NORM)."""
    optional = spec.startswith("[") and spec.endswith("]")
    if optional:
        spec = spec[1:-1]
    gap = re.fullmatch(r"\.\.\.(\d*)", spec)
    if gap:
        return {"OP": f"{{0,{int(gap.group(1) or 3)}}}"}
    filler = re.fullmatch(r"\((.+)\)\{(\d+)\}", spec)
    if filler:  # up to N tokens from a closed list: "(my|all|the){3}"
        words = sorted({fold(w) for w in filler.group(1).split("|")})
        return {"NORM": {"IN": words}, "OP": f"{{0,{filler.group(2)}}}"}
    alts = ["~" + spec.replace("~", "")] if "~" in spec else spec.split("|")
    for alt in alts:
        if not alt.startswith("~") and _BROKEN.search(alt):
            # a bracket or brace in a plain word: a space inside "[a b]", "(a|b c){2}" or
            # "~(a|b c)" split the token, and this half can never match
            raise ValueError(f"{spec!r}: a space split this token (write one token per word)")
    for alt in alts:
        if not alt.startswith("~") and _INNER_HYPHEN.search(alt):
            # prepare() rewrites "e-mail" as "email" and "oubliez-moi" as "oubliez moi"
            # before tokenising: a hyphenated word in a pattern can never match
            raise ValueError(f"{alt!r} can never match: write it as prepare() does, "
                             f"{prepare(alt)!r}")
    if any(a.startswith("~") or a.endswith("*") for a in alts):
        rx = "^(?:" + "|".join(_alt_regex(a) for a in alts) + ")$"
        tok: dict = {"NORM": {"REGEX": rx}}
    elif len(alts) == 1:
        tok = {"NORM": fold(alts[0])}
    else:
        tok = {"NORM": {"IN": sorted({fold(a) for a in alts})}}
    if optional:
        tok["OP"] = "?"
    return tok


def _name(pattern: str) -> str:
    words = [w for w in re.split(r"[\s|\[\]~*]+", fold(pattern)) if w.isalpha()]
    return max(words, key=len) if words else "rx"


def compile_rules(
    lang: str, patterns: dict[str, list[str]], negation: frozenset[str] = frozenset()
) -> tuple[Rule, ...]:
    rules = []
    for key, plist in patterns.items():
        weak, soft = key.endswith(WEAK), key.endswith(SOFT)
        labels = tuple(key.removesuffix(WEAK).removesuffix(SOFT).split("+"))
        for pattern in plist:
            tokens = tuple(compile_token(t) for t in pattern.split())
            for tok in tokens:
                rx = tok.get("NORM", {})
                if isinstance(rx, dict) and "REGEX" in rx:
                    try:
                        re.compile(rx["REGEX"])
                    except re.error as exc:
                        raise ValueError(f"{lang}: bad regex in {pattern!r}: {exc}") from exc
            if not tokens or all(t.get("OP") for t in tokens):
                raise ValueError(f"{lang}: empty pattern {pattern!r} for {key}")
            words = set(re.split(r"[\s|\[\]()]+", fold(pattern)))
            rules.append(Rule(labels, weak, soft, lang, _name(pattern), tokens,
                              bool(words & negation)))
    return tuple(rules)


def load_pack(lang: str) -> LanguagePack:
    mod = importlib.import_module(f"classifiers.patterns.{lang}")
    negation = WordSet.of(mod.NEGATION)
    return LanguagePack(
        lang=lang,
        negation=negation,
        post_negation=WordSet.of(getattr(mod, "POST_NEGATION", ())),
        breakers=WordSet.of(mod.BREAKERS),
        subordinators=WordSet.of(mod.SUBORDINATORS),
        rules=compile_rules(lang, mod.PATTERNS, negation.words | {"not", "no", "never"}),
    )


def load_packs(langs: Iterable[str] = LANG_MODULES) -> dict[str, LanguagePack]:
    return {lang: load_pack(lang) for lang in langs}
