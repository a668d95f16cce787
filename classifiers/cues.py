"""spaCy components that find rule cues: `carerra_norm` and `carerra_cues`.

`carerra_norm` writes the accent-folded lower-case form of every token to `token.norm_`.
`carerra_cues` runs one matcher holding the patterns of all eight languages over NORM
(spaCy Matcher patterns, run by the faster `classifiers.matcher.TokenPatternMatcher`)
and writes `doc._.cues`: every match with its clause, sentence and negation state.
Clause boundaries, negation and subordinating words come from the language packs of
the document's language (`doc._.lang`) plus English.

Layout of a document (built by `classifiers.pipeline.make_doc`): the subject, a blank
line, then the body; `doc._.subject_end` is the first body token.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from classifiers.findings import findings
from classifiers.matcher import TokenPatternMatcher
from classifiers.patterns import LanguagePack, Rule, WordSet, load_packs
from classifiers.text import fold

# "¿" / "¡" open a question or exclamation inside a sentence ("cuando tengan rebajas,
# ¿me pueden llamar?"): the "." before them already ends the sentence before
SENT_END = {".", "!", "?", ";", "…"}
COMMA_END = {",", "(", ")", "-", "–", "—", ":", "/", "¿", "¡"}
# an exclamation or question mark followed by another, or by a closing quote, dash or
# bracket, ends no sentence: it sits inside one ("die SMS – dreimal die Woche! – bitte
# abstellen", "de sms'jes met 'FLASH SALE!!' mogen stoppen")
INNER_END = {"!", "?"}
INNER_AFTER = {"!", "?", "'", '"', "-", "–", "—", "»", "”", ")"}
NEG_BEFORE = 5  # tokens a negation reaches forward
# a post-negation does not reach back across these
CONJUNCTIONS = {"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "i", "lub",
                "oraz", "ed", "ma", "but", "aber", "mais", "pero", "maar", "mas", "ale"}
# "want" verbs whose negation reaches into the that-clause after them
WANT = {"want", "wish", "like", "mochte", "will", "wollen", "wunsche", "veux", "voulons",
        "souhaite", "souhaitons", "quiero", "queremos", "deseo", "quisiera", "voglio",
        "vorrei", "desidero", "quero", "desejo", "pretendo", "wil", "willen",
        "chce", "chcemy", "chcialbym", "chcialabym", "zycze"}
NEG_AFTER = 6  # tokens a post-negation ("nicht", "niet") reaches back
# please and thanks words of the languages' subordinator lists: they stop a negation like
# a subordinator, but what follows them is a request of its own, not a that-clause a
# negated want reaches into ("SMS-ów już nie chcę, proszę mnie z nich wypisać")
POLITE = {"prosze", "favor", "alstublieft", "aub", "svp", "prego", "grazie", "obrigado",
          "obrigada", "bitte"}  # "Das will ich nicht, bitte austragen"
# the second half of "no longer" ("nicht mehr", "ne ... plus", "não ... mais"): a stop
# worded with it holds its negation, the "ne" / "nicht" next to it negates nothing else
NO_LONGER = {"plus", "jamais", "mehr", "meer", "more", "longer", "piu", "mais", "wiecej"}
# cue labels that never themselves negate others / are never negated
UNNEGATED = {
    "privacy", "marketing", "profiling", "disclaimer", "dsn", "ooo", "ticket", "spam",
    "authority", "boilerplate", "list_target", "chase", "ch_email", "ch_sms", "ch_post",
    "ch_phone", "all_channels", "data_obj", "past", "medium", "device", "keep", "no_channel",
}


def _aux(cue: Cue) -> bool:
    """A helper cue: never negated, never consumes a negation."""
    return all(lab in UNNEGATED or lab.startswith(("veto_", "guard_")) for lab in cue.labels)


# cues a pattern of another language than the document's may contribute
FOREIGN_MAX_WORDS = 8
FOREIGN_OK = {
    "unsubscribe", "subscribe", "access", "erasure", "rectification", "portability",
    "restriction", "objection", "withdraw",
}


@dataclass
class Cue:
    labels: tuple[str, ...]
    weak: bool
    soft: bool
    lang: str
    name: str
    start: int
    end: int
    sent: int
    clause: int
    part: int  # comma-delimited part of the clause
    in_subject: bool
    negated: bool = False
    disclaimer: bool = False
    inner_negation: bool = True  # a negation inside the span negates it too

    @property
    def evidence(self) -> str:
        return f"{'+'.join(self.labels)}:{self.lang}:{self.name}"


NORMS_KEY = "carerra_norms"
TEXT_KEY = "carerra_text"


def text_of(doc: Doc) -> str:
    """The doc's text as `make_doc` tokenised it (`Doc.text` rebuilds it from Token
    objects, which costs more than the rest of the rule pipeline)."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


_FOLDED: dict[int, str] = {}  # the hash of a token's text -> its folded form


@Language.component("carerra_norm")
def norm_component(doc: Doc) -> Doc:
    """The folded forms of the tokens, as a list in `doc.user_data` (read by the later
    components through `norms_of`). Looked up by the hash of the token text: no Token
    objects, which cost more than the folding itself, and no slicing of the text."""
    if len(_FOLDED) > 200_000:
        _FOLDED.clear()
    known = _FOLDED.get
    doc.user_data[NORMS_KEY] = [
        known(orth) or _fold_new(doc, orth) for orth in doc.to_array(ORTH).tolist()
    ]
    return doc


def _fold_new(doc: Doc, orth: int) -> str:
    folded = _FOLDED[orth] = fold(doc.vocab.strings[orth])
    return folded


def norms_of(doc: Doc) -> list[str]:
    norms = doc.user_data.get(NORMS_KEY)
    return norms if norms is not None else [t.norm_ for t in doc]


class _Union:
    """Whether a folded word is in any of some word sets; answers are cached (the word
    sets hold prefixes, which a plain set lookup cannot answer)."""

    def __init__(self, sets: list[WordSet], max_cache: int = 100_000) -> None:
        self.sets = sets
        self.cache: dict[str, bool] = {}
        self.max_cache = max_cache

    def __contains__(self, word: str) -> bool:
        hit = self.cache.get(word)
        if hit is None:
            hit = any(word in s for s in self.sets)
            if len(self.cache) >= self.max_cache:
                self.cache.clear()
            self.cache[word] = hit
        return hit


@dataclass
class Lexicon:
    """The clause and negation words of one document language plus English."""

    breakers: _Union
    negation: _Union
    post_negation: _Union
    subordinators: _Union

    @classmethod
    def of(cls, packs: list[LanguagePack]) -> Lexicon:
        return cls(*(_Union([getattr(p, name) for p in packs]) for name in
                     ("breakers", "negation", "post_negation", "subordinators")))


# what a word does to the sentence, clause and part counts (`CueFinder._segments`)
LINE_BREAK, BREAKER, ENDS_SENTENCE, ENDS_PART = 1, 2, 4, 8


def _segment_code(norm: str, breakers: _Union) -> int:
    return ((LINE_BREAK if "\n" in norm and not norm.strip() else 0)
            | (BREAKER if norm in breakers and norm.isalpha() else 0)
            | (ENDS_SENTENCE if norm in SENT_END else 0)
            | (ENDS_PART if norm in COMMA_END else 0))


def _abbreviation(norm: str) -> bool:
    """A dotted abbreviation ("a.u.b", "s.v.p", "z.b", "e.g"): the tokenizer splits its
    last "." off, and that "." ends no sentence ("Verwijder mijn gegevens a.u.b. NIET")."""
    return "." in norm and all(0 < len(p) <= 2 and p.isalpha() for p in norm.split("."))


class CueFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.packs: dict[str, LanguagePack] = load_packs()
        en = self.packs["en"]
        self.lexicons = {lang: Lexicon.of([pack] if lang == "en" else [pack, en])
                         for lang, pack in self.packs.items()}
        self.matcher = TokenPatternMatcher()
        self.rules: dict[Hashable, Rule] = {}
        for pack in self.packs.values():
            for i, rule in enumerate(pack.rules):
                key = f"{pack.lang}:{i}"
                self.rules[key] = rule
                self.matcher.add(key, rule.tokens, group=pack.lang)
        self.own_and_english = {lang: frozenset((lang, "en")) for lang in self.packs}
        self._codes: dict[str, dict[str, int]] = {}  # per language: word -> _segment_code

    def _segments(self, norms: list[str], lang: str, subject_end: int
                  ) -> tuple[list[int], list[int], list[int]]:
        codes = self._codes.get(lang)
        if codes is None or len(codes) > 100_000:
            codes = self._codes[lang] = {}
        breakers = self.lexicons.get(lang, self.lexicons["en"]).breakers
        sent_ids, clause_ids, part_ids = [], [], []
        sent = clause = part = 0
        for i, norm in enumerate(norms):
            code = codes.get(norm)
            if code is None:
                code = codes[norm] = _segment_code(norm, breakers)
            if i == subject_end or code & LINE_BREAK:
                sent, clause, part = sent + 1, clause + 1, part + 1
            elif code & BREAKER:
                clause, part = clause + 1, part + 1
            sent_ids.append(sent)
            clause_ids.append(clause)
            part_ids.append(part)
            if code & ENDS_SENTENCE and not (
                    (i and norm == "." and _abbreviation(norms[i - 1]))
                    or (norm in INNER_END and i + 1 < len(norms)
                        and norms[i + 1] in INNER_AFTER)):
                sent, clause, part = sent + 1, clause + 1, part + 1
            elif code & ENDS_PART:
                part += 1
        return sent_ids, clause_ids, part_ids

    def __call__(self, doc: Doc) -> Doc:
        norms = norms_of(doc)
        found = findings(doc)
        lang, subject_end = found.lang, found.subject_end
        sent_ids, clause_ids, part_ids = self._segments(norms, lang, subject_end)
        langs = self.own_and_english.get(lang) or frozenset((lang, "en"))
        # another language's intent patterns help only where the language is unsure
        foreign_ok = sum(1 for n in norms if n.isalpha()) <= FOREIGN_MAX_WORDS
        best: dict[tuple[Hashable, int], int] = {}
        for match_id, start, end in self.matcher(norms, None if foreign_ok else langs):
            k = (match_id, start)
            if k not in best or end < best[k]:
                best[k] = end
        cues = []
        for (match_id, start), end in sorted(best.items(), key=lambda kv: (kv[0][1], kv[1])):
            rule = self.rules[match_id]
            if rule.lang not in langs and not (foreign_ok and set(rule.labels) & FOREIGN_OK):
                continue  # another language's helper cue: only its intents travel
            if sent_ids[start] != sent_ids[end - 1]:
                continue  # a cue never spans two sentences (or subject and body)
            cues.append(Cue(
                rule.labels, rule.weak, rule.soft, rule.lang, rule.name, start, end,
                sent_ids[start], clause_ids[start], part_ids[start],
                in_subject=start < subject_end,
                inner_negation=not rule.has_negation,
            ))
        self._mark_disclaimers(cues)
        self._mark_negation(norms, cues, part_ids, lang)
        found.cues = cues
        return doc

    @staticmethod
    def _mark_disclaimers(cues: list[Cue]) -> None:
        sents = {c.sent for c in cues if "disclaimer" in c.labels}
        for c in cues:
            c.disclaimer = c.sent in sents

    def _mark_negation(self, norms: list[str], cues: list[Cue], part_ids: list[int],
                       lang: str) -> None:
        lex = self.lexicons.get(lang, self.lexicons["en"])
        negation, post_negation, subordinators = lex.negation, lex.post_negation, lex.subordinators
        consumed: set[int] = set()
        for c in cues:  # a negation that is part of a strong pattern's meaning is used up
            if not _aux(c) and not c.weak and not c.inner_negation and "subscribe" not in c.labels:
                if self._negates_later_verb(norms, negation, c, cues):
                    # "ich möchte mich NICHT vom Newsletter abmelden": the negation of
                    # "möchte nicht ... Newsletter" belongs to the verb after it
                    c.negated = True
                    continue
                consumed.update(range(c.start, c.end))
        for c in cues:
            if _aux(c) or c.negated:
                continue
            # negation before the cue, same comma part, no subordinator in between
            for j in range(c.start - 1, max(-1, c.start - 1 - NEG_BEFORE), -1):
                if part_ids[j] != c.part:
                    break
                norm = norms[j]
                if not c.inner_negation and norm in CONJUNCTIONS:
                    # a pattern holding its own negation ("no quiero que me vuelvan a
                    # llamar") is not negated again by the clause before "and" ("no me
                    # interesa y no quiero ..."); "je n'ai jamais donné" still is
                    break
                if norm in POLITE:
                    break
                if norm in subordinators:
                    # "ich möchte nicht, dass mein Konto gelöscht wird", "I do not want
                    # that ...": a negated main verb reaches into its that-clause
                    # (also "je ne souhaite pas pour autant que …": a negated want
                    # verb within the four words before the subordinator)
                    k = j - 1
                    if k >= 0 and norms[k] == ",":
                        k -= 1
                    if k >= 0 and k not in consumed and (
                        norms[k] in negation or norms[k] in post_negation
                        or (norms[k] in WANT and k > 0 and norms[k - 1] in negation)
                    ):
                        c.negated = True
                    else:
                        window = []
                        for w in range(j - 1, max(-1, j - 6), -1):
                            if norms[w] in SENT_END:
                                break
                            if w not in consumed:
                                window.append(w)
                        if any(norms[w] in WANT for w in window) and any(
                                norms[w] in negation or norms[w] in post_negation
                                for w in window):
                            c.negated = True
                    break
                if j not in consumed and norm in negation and not _contrast(norms, j):
                    if not _says_no_longer(norms, c) and not _concord(norms, j, c, lang):
                        c.negated = True
                    break
            if c.negated:
                continue
            if c.inner_negation and any(
                j not in consumed and norms[j] in negation and not _contrast(norms, j)
                for j in range(c.start + 1, c.end)
            ):
                c.negated = True
                continue
            if not c.inner_negation:
                continue  # "ne me contactez plus jamais": a negation after a pattern
                # holding its own ("ne … plus") reinforces it (negative concord)
            for j in range(c.end, min(len(norms), c.end + NEG_AFTER)):
                if part_ids[j] != c.part or norms[j] in CONJUNCTIONS:
                    break
                if j in consumed:  # (j >= c.end: never inside the cue itself)
                    continue
                if norms[j] in post_negation:
                    c.negated = True
                    break


    @staticmethod
    def _negates_later_verb(norms: list[str], negation: _Union, p: Cue, cues: list[Cue]) -> bool:
        """Whether the negation inside strong pattern `p` is really the negation of a cue of
        the same intent right after `p` (a verb at the end of the clause: "möchte mich
        nicht vom Newsletter abmelden")."""
        negs = [j for j in range(p.start, p.end) if norms[j] in negation]
        if not negs or (negs[0] + 1 < p.end and norms[negs[0] + 1] in NO_LONGER):
            # "ich will die Mails nicht mehr, bitte abmelden": "nicht mehr" ends a stop
            return False
        intents = set(p.labels) - UNNEGATED
        return any(
            o is not p and not o.weak and o.inner_negation and not _aux(o)
            and set(o.labels) & intents and p.end <= o.start <= p.end + 1
            and o.start - negs[0] <= NEG_BEFORE
            for o in cues
        )


def _says_no_longer(norms: list[str], c: Cue) -> bool:
    """A stop worded with the second half of "no longer" ("veux plus recevoir" after
    "je ne", "quero mais" after "não"): the negation before it is its own."""
    return "subscribe" not in c.labels and "unsubscribe" in c.labels and any(
        norms[k] in NO_LONGER for k in range(c.start, c.end))


def _concord(norms: list[str], j: int, c: Cue, lang: str) -> bool:
    """Polish negative concord: "nigdy więcej nie chcę od Was żadnej wiadomości" stops
    all the more for its "nigdy" (round 37; "kurier ani razu nie dzwonił" still reads
    as negated)."""
    return lang == "pl" and norms[j] == "nigdy" and not c.inner_negation \
        and norms[c.start] == "nie"


def _contrast(norms: list[str], j: int) -> bool:
    """ "it is PL4 8AA not PL4 8AB": a negation right before a number or code contrasts
    two values, it negates no request."""
    return j + 1 < len(norms) and any(ch.isdigit() for ch in norms[j + 1])


@Language.factory("carerra_cues")
def make_cue_finder(nlp: Language, name: str) -> CueFinder:
    return CueFinder(nlp, name)
