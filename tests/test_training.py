"""Training outside the runtime: a tiny model end to end, reproducibility, the artifact."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

import classifiers
from classifiers import INTENTS, KINDS, MailInput, corpus
from classifiers.hybrid import RuleStage
from classifiers.model import DEFAULT_CONFIG, MODEL_DIR, TrainedModel, read_config
from classifiers.train import prepare, run, train_model


def _tiny_rows(split: str, per_file: int) -> list[dict]:
    rows: list[dict] = []
    for path in corpus.split_files(split):
        lines = corpus.read_jsonl([path])
        humans = [r for r in lines if r["kind"] == "human"][:per_file]
        robots = [r for r in lines if r["kind"] != "human"][: max(2, per_file // 3)]
        rows += humans + robots
    return rows


@pytest.fixture(scope="module")
def tiny_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = read_config(DEFAULT_CONFIG)
    config["training"]["epochs"] = 2
    config["training"]["average_seeds"] = 1
    for name in ("intents", "kind"):
        config["components"][name]["model"]["length"] = 4096
    path = tmp_path_factory.mktemp("cfg") / "tiny.cfg"
    config.to_disk(path)
    return path


def test_train_a_tiny_model_end_to_end(tmp_path: Path, tiny_config: Path) -> None:
    out = tmp_path / "model"
    _, metrics = run(tiny_config, out, train_rows=_tiny_rows("train", 6),
                     dev_rows=_tiny_rows("dev", 3), log=lambda _: None)

    saved = json.loads((out / "metrics.json").read_text())
    assert saved["dev"]["n"] == metrics["dev"]["n"] > 0
    assert set(saved["settings"]["thresholds"]) >= set(INTENTS) - {"other"}
    assert 0.0 <= saved["dev"]["macro_f1"] <= 1.0

    words = TrainedModel.load(out).common_words()  # written with the model
    assert "the" in words[:50] and len(words) == len(set(words))
    clf = classifiers.load(model_dir=out)  # loads from disk, offline
    got = clf.classify(MailInput(subject="Unsubscribe", body="Please stop the newsletter.",
                                 sender="jo@example.com"))
    assert got.kind in KINDS and set(got.scores) == set(INTENTS)
    assert got.to_json()["intents"] == sorted(got.intents)


def test_the_saved_model_leaves_the_training_words_behind_and_scores_the_same(
    tmp_path: Path, tiny_config: Path
) -> None:
    """The string table of every word training saw stays out of the artifact (it cost
    the worker 39 MB resident and nothing reads it); the model loaded from disk scores
    exactly as the one in memory did."""
    rows = _tiny_rows("train", 6)
    trained, _ = run(tiny_config, tmp_path / "model", train_rows=rows,
                     dev_rows=_tiny_rows("dev", 3), log=lambda _: None)
    loaded = TrainedModel.load(tmp_path / "model")

    words = {w for r in rows for w in r["text"].split() if w.isalpha() and len(w) > 6}
    assert words & set(trained.nlp.vocab.strings)  # training saw them ...
    assert not words & set(loaded.nlp.vocab.strings)  # ... the saved model does not keep them

    data = prepare(rows[:40], RuleStage())
    feats = [p.words(trained.settings) for p in data]
    assert [p.intents for p in loaded.predict(feats)] == [
        p.intents for p in trained.predict(feats)]


def test_training_is_reproducible(tiny_config: Path) -> None:
    rules = RuleStage()
    data = prepare(_tiny_rows("train", 3), rules)
    first = train_model(data, tiny_config, log=lambda _: None)
    second = train_model(data, tiny_config, log=lambda _: None)
    for name in ("intents", "kind"):
        assert (first.nlp.get_pipe(name).model.to_bytes()
                == second.nlp.get_pipe(name).model.to_bytes())


def test_the_committed_model_loads_and_has_its_metrics(tmp_path: Path) -> None:
    metrics = json.loads((MODEL_DIR / "metrics.json").read_text())
    assert metrics["train_messages"] > 3000 and metrics["dev_messages"] > 900
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 12 * 2**20, "the artifact should stay small"
    again = tmp_path / "again"
    again.mkdir()  # the word list is the one `train` writes from the train split
    TrainedModel.save_common_words(again, corpus.load_split("train"))
    assert (again / "words.txt").read_bytes() == (MODEL_DIR / "words.txt").read_bytes()
    clf = classifiers.load()
    got = clf.classify(MailInput(subject="", body="Please delete my account and all my data.",
                                 sender="jo@example.com"))
    assert got.kind == "human" and "erasure" in got.intents


def test_averaged_seeds_score_as_the_mean_of_the_single_seeds(
    tiny_config: Path, tmp_path: Path
) -> None:
    """`average_seeds = 2`: the model's logits are the mean of the two models trained from
    `seed` and `seed + 1` on their own (the shipped config averages three)."""
    data = prepare(_tiny_rows("train", 3), RuleStage())
    config = read_config(tiny_config)
    seed = int(config["training"]["seed"])

    def trained(first_seed: int, runs: int) -> TrainedModel:
        config["training"]["seed"], config["training"]["average_seeds"] = first_seed, runs
        path = tmp_path / f"{first_seed}-{runs}.cfg"
        config.to_disk(path)
        return train_model(data, path, log=lambda _: None)

    one, two, averaged = trained(seed, 1), trained(seed + 1, 1), trained(seed, 2)
    words = [p.words(averaged.settings) for p in data[:30]]

    def logits(model: TrainedModel) -> numpy.ndarray:
        p = numpy.array([[pr.intents[i] for i in INTENTS] for pr in model.predict(words)])
        return numpy.log(p / (1 - p))

    a, b = logits(one), logits(two)
    assert numpy.abs(a - b).max() > 0.01, "the two seeds should train different models"
    assert numpy.allclose(logits(averaged), (a + b) / 2, atol=1e-3)


def test_a_long_lived_classifier_forgets_the_words_of_the_mail_it_has_read() -> None:
    """A worker classifies for months: the words of the mail it reads must not pile up in
    its vocabulary (every new word was a string and a lexeme for the life of the
    process). Once warmed with the training mail's commonest words, its vocabulary stays
    the same size however much new mail it reads, and it answers as a fresh one does."""
    assert len(TrainedModel.load().common_words()) > 10_000  # shipped with the model
    worker = classifiers.load()
    hello = [MailInput(subject="Hello", body="Please stop the newsletter.")]
    worker.classify_many(hello)
    worker.classify_many(hello)  # called again: a long-lived classifier
    strings = worker.rules.nlp.vocab.strings
    known = len(strings)

    novel = [MailInput(subject=f"Zyxqu{i} request",
                       body=f"Please delete my account qwv{i}x{i} and stop the Flurbo{i} texts. "
                            f"Bitte löschen Sie mein Konto blorp{i}ünd.",
                       sender=f"u{i}@example.com") for i in range(300)]
    got = worker.classify_many(novel)
    assert len(strings) == known
    assert not any(f"qwv{i}x{i}" in strings for i in range(300))

    fresh = classifiers.load().classify_many(novel)
    assert [g.to_json() for g in got] == [f.to_json() for f in fresh]
    assert {i for g in got for i in g.intents} >= {"erasure", "unsubscribe"}
