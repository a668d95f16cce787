"""Quality figures for a labelled set: the numbers the issue and MODEL.md quote.

`score(golds, preds)` takes gold labels (dicts with kind, intents, channels, language)
and `Classification`s and returns one JSON-able dict:

- `intents`: precision / recall / F1 / support per intent (over every message; a robot's
  gold intents are empty), `macro_f1` over the ten intents
- `kind_accuracy`, `kind_confusion` (gold -> predicted -> count), `human_as_robot`
- `channel_exact` on messages whose gold intents hold (un)subscribe
- `language_accuracy`, `per_language` (n, macro-F1, kind accuracy, exact intents)
- `worst_pairs`: the most frequent (gold intent -> predicted intent) confusions
- `needs_review` rate, `intents_exact` rate

`format_report` prints it for people; `python -m bot evaluate --json` prints the dict.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from classifiers.contract import INTENTS, KINDS, Classification

SUBSCRIPTION = {"unsubscribe", "subscribe"}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}


def gold_intents(gold: Mapping) -> set[str]:
    return set(gold.get("intents", [])) if gold.get("kind", "human") == "human" else set()


def intent_table(golds: Sequence[Mapping], preds: Sequence[Classification]) -> dict:
    counts = {i: [0, 0, 0] for i in INTENTS}
    for gold, pred in zip(golds, preds, strict=True):
        g, p = gold_intents(gold), set(pred.intents)
        for i in INTENTS:
            counts[i][0] += i in g and i in p
            counts[i][1] += i in p and i not in g
            counts[i][2] += i in g and i not in p
    return {i: _prf(*c) for i, c in counts.items()}


def macro_f1(table: Mapping[str, Mapping], skip_empty: bool = True) -> float:
    """Mean F1 over the intents that occur (in gold or prediction)."""
    fs = [v["f1"] for v in table.values() if not skip_empty or v["support"] or v["fp"]]
    return round(sum(fs) / len(fs), 4) if fs else 0.0


def score(golds: Sequence[Mapping], preds: Sequence[Classification]) -> dict:
    n = len(golds)
    table = intent_table(golds, preds)
    kind_conf: dict[str, Counter] = {k: Counter() for k in KINDS}
    pairs: Counter = Counter()
    ch_total = ch_ok = lang_ok = kind_ok = exact = review = human_as_robot = 0
    auto_erasure = [0, 0]  # erasures acted on without review: right, wrong
    by_lang: dict[str, list[int]] = defaultdict(list)
    for idx, (gold, pred) in enumerate(zip(golds, preds, strict=True)):
        gk = gold.get("kind", "human")
        kind_conf.setdefault(gk, Counter())[pred.kind] += 1
        kind_ok += pred.kind == gk
        human_as_robot += gk == "human" and pred.kind != "human"
        g, p = gold_intents(gold), set(pred.intents)
        exact += g == p
        review += bool(pred.needs_review)
        if "erasure" in p and not pred.needs_review:
            auto_erasure["erasure" not in g] += 1
        for missed in g - p:
            for extra in (p - g) or {"(none)"}:
                pairs[(missed, extra)] += 1
        if not g - p:
            for extra in p - g:
                pairs[("(none)", extra)] += 1
        if g & SUBSCRIPTION:
            ch_total += 1
            ch_ok += set(pred.channels) == set(gold.get("channels", []))
        lang_ok += pred.language == gold.get("language", "en")
        by_lang[gold.get("language", "?")].append(idx)
    per_language = {}
    for lang, idxs in sorted(by_lang.items()):
        lg, lp = [golds[i] for i in idxs], [preds[i] for i in idxs]
        lt = intent_table(lg, lp)
        per_language[lang] = {
            "n": len(idxs),
            "macro_f1": macro_f1(lt),
            "kind_accuracy": round(sum(p.kind == g.get("kind", "human")
                                       for g, p in zip(lg, lp, strict=True)) / len(idxs), 4),
            "intents_exact": round(sum(gold_intents(g) == set(p.intents)
                                       for g, p in zip(lg, lp, strict=True)) / len(idxs), 4),
            "language_accuracy": round(sum(p.language == g.get("language")
                                           for g, p in zip(lg, lp, strict=True)) / len(idxs), 4),
            "unsubscribe_recall": lt["unsubscribe"]["recall"],
            "erasure_precision": lt["erasure"]["precision"],
        }
    return {
        "n": n,
        "intents": table,
        "macro_f1": macro_f1(table),
        "unsubscribe_recall": table["unsubscribe"]["recall"],
        "erasure_precision": table["erasure"]["precision"],
        # of the erasures not sent to staff review (the bot acts on these alone)
        "erasure_precision_unreviewed": round(auto_erasure[0] / sum(auto_erasure), 4)
        if sum(auto_erasure) else 1.0,
        "erasures_unreviewed": sum(auto_erasure),
        "kind_accuracy": round(kind_ok / n, 4) if n else 0.0,
        "human_as_robot": human_as_robot,
        "kind_confusion": {k: dict(v) for k, v in kind_conf.items() if v},
        "channel_exact": round(ch_ok / ch_total, 4) if ch_total else 1.0,
        "channel_support": ch_total,
        "language_accuracy": round(lang_ok / n, 4) if n else 0.0,
        "intents_exact": round(exact / n, 4) if n else 0.0,
        "needs_review": round(review / n, 4) if n else 0.0,
        "per_language": per_language,
        "worst_pairs": [
            {"gold": g, "predicted": p, "count": c} for (g, p), c in pairs.most_common(10)
        ],
    }


def format_report(m: Mapping) -> str:
    lines = [f"{'intent':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}"]
    for intent, v in m["intents"].items():
        lines.append(f"{intent:<14}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}"
                     f"{v['support']:>9}")
    lines += [
        "",
        f"messages            {m['n']}",
        f"intent macro-F1     {m['macro_f1']:.3f}",
        f"unsubscribe recall  {m['unsubscribe_recall']:.3f}",
        f"erasure precision   {m['erasure_precision']:.3f}  (acted on without review: "
        f"{m['erasure_precision_unreviewed']:.3f} of {m['erasures_unreviewed']})",
        f"kind accuracy       {m['kind_accuracy']:.3f}  (humans taken for robots: "
        f"{m['human_as_robot']})",
        f"channel exact match {m['channel_exact']:.3f}  (on {m['channel_support']} "
        "(un)subscribe messages)",
        f"language accuracy   {m['language_accuracy']:.3f}",
        f"intents exact       {m['intents_exact']:.3f}",
        f"needs review        {m['needs_review']:.3f}",
        "",
        f"{'lang':<6}{'n':>5}{'macro-F1':>10}{'kind':>7}{'exact':>7}{'lang':>7}",
    ]
    for lang, v in m["per_language"].items():
        lines.append(f"{lang:<6}{v['n']:>5}{v['macro_f1']:>10.3f}{v['kind_accuracy']:>7.3f}"
                     f"{v['intents_exact']:>7.3f}{v['language_accuracy']:>7.3f}")
    lines += ["", "kind confusion (gold -> predicted):"]
    for gold, row in m["kind_confusion"].items():
        lines.append(f"  {gold:<11}" + "  ".join(f"{k}={c}" for k, c in sorted(row.items())))
    lines += ["", "worst confusions (gold intent -> predicted intent):"]
    for pair in m["worst_pairs"]:
        lines.append(f"  {pair['gold']:<14}-> {pair['predicted']:<14}{pair['count']:>4}")
    return "\n".join(lines)
