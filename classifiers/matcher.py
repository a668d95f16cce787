"""A fast matcher for spaCy Matcher token patterns over `token.norm_`.

spaCy's `Matcher` evaluates every REGEX / IN predicate of every pattern's first token
on every token, in Python: with ~2,000 patterns for eight languages that is ~8 ms per
message. This matcher accepts the same pattern dicts (a subset: ``{"NORM": str}``,
``{"NORM": {"IN": [...]}}``, ``{"NORM": {"REGEX": rx}}``, ``{}`` with ``"OP"`` of
``"?"`` or ``"{0,n}"``), but

* evaluates each predicate once per distinct word, cached across documents, and
  only the regexes that can match the word: nearly every regex needs one of a few
  literal strings (`required_literals`: "daten" or "informationen" for
  ``\\w*(daten|informationen)\\w*``), so a new word is tested only against the regexes
  whose literal it contains, found by looking up its substrings (a new word costs
  ~15 regex calls instead of ~500), and
* starts a pattern only at tokens that satisfy its first token, and only if every
  required token of the pattern occurs somewhere in the document,

which makes it 20-50x faster. The patterns stay valid spaCy Matcher patterns (a test
loads them into one), so either engine can run them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Sequence

try:  # the regex parser moved in Python 3.11
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

ANY = -1
# a pattern as a start token finds it: its key, its (predicate, min, max) elements and
# the predicates it cannot do without
_Start = tuple[Hashable, tuple[tuple[int, int, int], ...], frozenset[int]]
_Row = tuple[frozenset[int], tuple[_Start, ...]]
_GAP = re.compile(r"\{(\d+),(\d+)\}")


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None if any (or unknown).
    Used to test a word only against the regexes that can match it."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    found, nullable = _first_of_seq(list(parsed))
    return None if found is None or nullable else frozenset(found)


def _first_of_seq(items: list) -> tuple[set[str] | None, bool]:
    acc: set[str] = set()
    for op, av in items:
        if op is sre_constants.AT:
            continue
        first, nullable = _first_of_item(op, av)
        if first is None:
            return None, True
        acc |= first
        if not nullable:
            return acc, False
    return acc, True


def _first_of_item(op, av) -> tuple[set[str] | None, bool]:
    if op is sre_constants.LITERAL:
        return {chr(av)}, False
    if op is sre_constants.SUBPATTERN:
        return _first_of_seq(list(av[-1]))
    if op is sre_constants.BRANCH:
        acc: set[str] = set()
        nullable = False
        for branch in av[1]:
            first, null = _first_of_seq(list(branch))
            if first is None:
                return None, True
            acc |= first
            nullable = nullable or null
        return acc, nullable
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        lo, _hi, sub = av
        first, null = _first_of_seq(list(sub))
        return first, null or lo == 0
    if op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}, False
    return None, True


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None if none is
    known. A word that contains none of them cannot match, so a word is only tested
    against the regexes whose literal it contains (the literals are found with a few
    dictionary lookups per word instead of a regex call per pattern)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _lits_of_seq(list(parsed))
    return None if found is None or "" in found else frozenset(found)


def _lits_of_seq(items: list) -> set[str] | None:
    """For a sequence: the most selective set among its required parts (a run of
    literal characters, or a group whose every alternative has one)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if op is sre_constants.AT:  # zero width: the characters around it are adjacent
            continue
        if run:
            options.append({"".join(run)})
            run = []
        sub = _lits_of_item(op, av)
        if sub is not None:
            options.append(sub)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda lits: (min(map(len, lits)), -len(lits)))


def _lits_of_item(op, av) -> set[str] | None:
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.LOCALE):
            return None
        return _lits_of_seq(list(sub))
    if op is sre_constants.BRANCH:
        acc: set[str] = set()
        for branch in av[1]:
            lits = _lits_of_seq(list(branch))
            if lits is None:
                return None
            acc |= lits
        return acc
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
              getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _lits_of_seq(list(sub)) if lo >= 1 else None
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _lits_of_seq(list(av))
    if op is sre_constants.IN and av and all(o is sre_constants.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}
    return None


class TokenPatternMatcher:
    def __init__(self, max_cache: int = 200_000) -> None:
        self._eq: dict[str, set[int]] = defaultdict(set)  # word -> predicate ids
        self._rx: list[tuple[int, re.Pattern[str]]] = []
        # regexes by a literal every match of theirs contains
        self._rx_by_lit: dict[str, list[tuple[int, re.Pattern[str]]]] = defaultdict(list)
        self._lit_lens: tuple[int, ...] = ()  # the lengths of these literals, ascending
        # regexes without such a literal (a few), tested on every new word that can
        # start a match
        self._rx_any: list[tuple[int, re.Pattern[str]]] = []  # may start with anything
        self._rx_by_char: dict[str, list[tuple[int, re.Pattern[str]]]] = defaultdict(list)
        self._pred_ids: dict[tuple, int] = {}
        self._patterns: list[tuple[Hashable, tuple[tuple[int, int, int], ...]]] = []
        self._by_first: dict[int, list[int]] = defaultdict(list)
        # per pattern: (key, elements, the predicates it cannot do without), its group
        self._starts: list[_Start] = []
        self._groups: list[Hashable] = []
        self._preds: dict[str, frozenset[int]] = {}
        # per set of groups asked for: word -> its predicates, the patterns it starts
        self._tables: dict[frozenset | None, dict[str, _Row]] = {}
        self._max_cache = max_cache

    def _pred(self, spec: dict) -> int:
        norm = spec.get("NORM")
        if norm is None:
            return ANY
        if isinstance(norm, str):
            key: tuple = ("IN", (norm,))
        elif "IN" in norm:
            key = ("IN", tuple(sorted(norm["IN"])))
        elif "REGEX" in norm:
            key = ("RX", norm["REGEX"])
        else:
            raise ValueError(f"unsupported token spec {spec!r}")
        if key in self._pred_ids:
            return self._pred_ids[key]
        pid = len(self._pred_ids)
        self._pred_ids[key] = pid
        if key[0] == "IN":
            for word in key[1]:
                self._eq[word].add(pid)
        else:
            compiled = re.compile(key[1])
            self._rx.append((pid, compiled))
            lits = required_literals(key[1])
            chars = first_chars(key[1])
            if lits is not None:
                for lit in lits:
                    self._rx_by_lit[lit].append((pid, compiled))
                self._lit_lens = tuple(sorted({*self._lit_lens, *map(len, lits)}))
            elif chars is None:
                self._rx_any.append((pid, compiled))
            else:
                for ch in chars:
                    self._rx_by_char[ch].append((pid, compiled))
        self._preds.clear()
        self._tables.clear()
        return pid

    def _search(self, first: str | None, word: str) -> list[int]:
        """The regexes without a required literal that can start with `first` (any
        character: None), tested on `word`."""
        rxs = self._rx_any if first is None else self._rx_by_char.get(first, ())
        return [pid for pid, rx in rxs if rx.search(word)]

    def _search_literals(self, word: str) -> list[int]:
        """The regexes with a literal that `word` contains (every substring of a
        literal's length is looked up), tested on it."""
        get = self._rx_by_lit.get
        seen: set[int] = set()
        out = []
        n = len(word)
        for size in self._lit_lens:
            if size > n:
                break
            for i in range(n - size + 1):
                hits = get(word[i:i + size])
                if hits:
                    for pid, rx in hits:
                        if pid not in seen:
                            seen.add(pid)
                            if rx.search(word):
                                out.append(pid)
        return out

    def add(self, key: Hashable, pattern: Sequence[dict], group: Hashable = None) -> None:
        """Add a pattern; `group` (e.g. a language) lets a call run only some groups."""
        elems = []
        for spec in pattern:
            op = spec.get("OP", "")
            lo, hi = 1, 1
            if op == "?":
                lo, hi = 0, 1
            elif op:
                m = _GAP.fullmatch(op)
                if not m:
                    raise ValueError(f"unsupported OP {op!r}")
                lo, hi = int(m.group(1)), int(m.group(2))
            elems.append((self._pred(spec), lo, hi))
        if not elems or elems[0][1] != 1 or elems[0][0] == ANY:
            raise ValueError(f"pattern {key!r} must start with a required, non-wildcard token")
        self._by_first[elems[0][0]].append(len(self._patterns))
        self._tables.clear()
        self._patterns.append((key, tuple(elems)))
        required = frozenset(pid for pid, lo, _ in elems if lo > 0 and pid != ANY)
        self._starts.append((key, tuple(elems), required))
        self._groups.append(group)

    def preds_of(self, word: str) -> frozenset[int]:
        hit = self._preds.get(word)
        if hit is None:
            found = set(self._eq.get(word, ()))
            if word:
                found.update(self._search(word[0], word))
            found.update(self._search(None, word))
            found.update(self._search_literals(word))
            hit = frozenset(found)
            if len(self._preds) >= self._max_cache:
                self._preds.clear()
            self._preds[word] = hit
        return hit

    def starts_of(self, word: str) -> tuple[int, ...]:
        """The patterns whose first token `word` satisfies."""
        by_first = self._by_first
        return tuple(sorted(p for pid in self.preds_of(word) for p in by_first.get(pid, ())))

    def _row(self, word: str, groups: frozenset | None, table: dict[str, _Row]) -> _Row:
        """The predicates `word` satisfies and the patterns of `groups` it starts (in
        the order they were added), kept in `table`: the same words recur, and most
        predicates a word satisfies start no pattern."""
        of = self._groups
        starts = tuple(self._starts[p] for p in self.starts_of(word)
                       if groups is None or of[p] in groups)
        row = (self.preds_of(word), starts)
        if len(table) >= self._max_cache:
            table.clear()
        table[word] = row
        return row

    def __call__(self, words: Sequence[str], groups: frozenset | None = None
                 ) -> list[tuple[Hashable, int, int]]:
        """All (key, start, end) matches over a sequence of normalised words; for each
        pattern and start only the shortest match is returned. With `groups`, only the
        patterns added with one of these groups are tried."""
        table = self._tables.get(groups)
        if table is None:
            table = self._tables[groups] = {}
        known = table.get
        rows = [known(w) or self._row(w, groups, table) for w in words]
        preds = [pr for pr, _ in rows]
        present = frozenset().union(*preds)
        out = []
        n = len(words)
        match = self._match
        for i, (_, starts) in enumerate(rows):
            for key, elems, required in starts:
                # (only if every token the pattern cannot do without occurs somewhere)
                if required <= present:
                    end = match(elems, 1, i + 1, preds, n)
                    if end is not None:
                        out.append((key, i, end))
        return out

    def _match(self, elems, k: int, pos: int, preds, n: int) -> int | None:
        """Shortest end position matching elems[k:] from pos, or None."""
        # a run of single required tokens has one way to match (most patterns are one)
        last = len(elems)
        while k < last:
            pid, lo, hi = elems[k]
            if lo != 1 or hi != 1:
                break
            if pos >= n or (pid != ANY and pid not in preds[pos]):
                return None
            k += 1
            pos += 1
        if k == last:
            return pos
        best = None
        for count in range(lo, hi + 1):
            if count and (pos + count > n or (pid != ANY and pid not in preds[pos + count - 1])):
                break
            end = self._match(elems, k + 1, pos + count, preds, n)
            if end is not None and (best is None or end < best):
                best = end
        return best
