"""A fast matcher for spaCy Matcher token patterns over `token.norm_`.

spaCy's `Matcher` evaluates every REGEX / IN predicate of every pattern's first token
on every token, in Python: with ~2,000 patterns for eight languages that is ~8 ms per
message. This matcher accepts the same pattern dicts (a subset: ``{"NORM": str}``,
``{"NORM": {"IN": [...]}}``, ``{"NORM": {"REGEX": rx}}``, ``{}`` with ``"OP"`` of
``"?"`` or ``"{0,n}"``), but

* evaluates each predicate once per distinct word, cached across documents, and
* starts a pattern only at tokens that satisfy its first token,

which makes it 20-50x faster. The patterns stay valid spaCy Matcher patterns (a test
loads them into one), so either engine can run them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Sequence

ANY = -1
_GAP = re.compile(r"\{(\d+),(\d+)\}")


class TokenPatternMatcher:
    def __init__(self, max_cache: int = 200_000) -> None:
        self._eq: dict[str, set[int]] = defaultdict(set)  # word -> predicate ids
        self._rx: list[tuple[int, re.Pattern[str]]] = []
        self._pred_ids: dict[tuple, int] = {}
        self._patterns: list[tuple[Hashable, tuple[tuple[int, int, int], ...]]] = []
        self._by_first: dict[int, list[int]] = defaultdict(list)
        self._cache: dict[str, frozenset[int]] = {}
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
            self._rx.append((pid, re.compile(key[1])))
        self._cache.clear()
        return pid

    def add(self, key: Hashable, pattern: Sequence[dict]) -> None:
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
        self._patterns.append((key, tuple(elems)))

    def preds_of(self, word: str) -> frozenset[int]:
        hit = self._cache.get(word)
        if hit is None:
            found = set(self._eq.get(word, ()))
            found.update(pid for pid, rx in self._rx if rx.search(word))
            hit = frozenset(found)
            if len(self._cache) >= self._max_cache:
                self._cache.clear()
            self._cache[word] = hit
        return hit

    def __call__(self, words: Sequence[str]) -> list[tuple[Hashable, int, int]]:
        """All (key, start, end) matches over a sequence of normalised words; for each
        pattern and start only the shortest match is returned."""
        preds = [self.preds_of(w) for w in words]
        out = []
        n = len(words)
        for i in range(n):
            for pid in preds[i]:
                for pat_index in self._by_first.get(pid, ()):
                    key, elems = self._patterns[pat_index]
                    end = self._match(elems, 1, i + 1, preds, n)
                    if end is not None:
                        out.append((key, i, end))
        return out

    def _match(self, elems, k: int, pos: int, preds, n: int) -> int | None:
        """Shortest end position matching elems[k:] from pos, or None."""
        if k == len(elems):
            return pos
        pid, lo, hi = elems[k]
        best = None
        for count in range(lo, hi + 1):
            if count and (pos + count > n or (pid != ANY and pid not in preds[pos + count - 1])):
                break
            end = self._match(elems, k + 1, pos + count, preds, n)
            if end is not None and (best is None or end < best):
                best = end
        return best
