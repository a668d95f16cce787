"""`python -m bot evaluate DIR` on a small generated folder, and the dev-split export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from classifiers.corpus import export_dir, load_split

ROWS = [
    {"subject": "Newsletter", "text": "Please unsubscribe me from your newsletter.",
     "kind": "human", "intents": ["unsubscribe"], "channels": ["email"], "language": "en"},
    {"subject": "My account", "text": "Please delete my account and erase all my personal data.",
     "kind": "human", "intents": ["erasure"], "channels": [], "language": "en"},
    {"subject": "Undelivered Mail Returned to Sender",
     "text": "This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you "
             "that your message could not be delivered to one or more recipients.\n\n"
             "<nobody@example.com>: host mx.example.com said: 550 5.1.1 User unknown",
     "kind": "bounce", "intents": [], "channels": [], "language": "en",
     "headers": {"Content-Type": "multipart/report; report-type=delivery-status"}},
    # labelled wrongly on purpose: an unsubscribe the gold calls an access request
    {"subject": "Texts", "text": "Please stop sending me text messages.",
     "kind": "human", "intents": ["access"], "channels": [], "language": "en"},
]


def _evaluate(directory: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["evaluate", str(directory), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_evaluate_reports_the_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export_dir(ROWS, tmp_path) == 4
    m = _evaluate(tmp_path, capsys)

    assert m["n"] == 4
    assert m["kind_accuracy"] == 1.0 and m["language_accuracy"] == 1.0
    unsub, access, erasure = (m["intents"][i] for i in ("unsubscribe", "access", "erasure"))
    assert (unsub["tp"], unsub["fp"], unsub["fn"]) == (1, 1, 0)
    assert (unsub["precision"], unsub["recall"]) == (0.5, 1.0)
    assert (access["tp"], access["fn"], access["recall"]) == (0, 1, 0.0)
    assert (erasure["precision"], erasure["recall"], erasure["f1"]) == (1.0, 1.0, 1.0)
    # macro-F1 over the intents that occur: unsubscribe 2/3, erasure 1, access 0
    assert m["macro_f1"] == pytest.approx((2 / 3 + 1 + 0) / 3, abs=1e-3)
    assert m["channel_exact"] == 1.0 and m["channel_support"] == 1
    assert m["per_language"]["en"]["n"] == 4
    assert {"gold": "access", "predicted": "unsubscribe", "count": 1} in m["worst_pairs"]
    assert [e["file"] for e in m["errors"]] == ["en-00003.eml"]


def test_evaluate_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export_dir(ROWS[:2], tmp_path)
    assert main(["evaluate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "intent macro-F1" in out and "kind accuracy" in out and "worst confusions" in out


def test_evaluate_refuses_a_folder_without_labels(tmp_path: Path) -> None:
    assert main(["evaluate", str(tmp_path)]) == 2


def test_the_dev_split_exports_as_eml_and_labels(tmp_path: Path) -> None:
    rows = load_split("dev")
    assert export_dir(rows[:10], tmp_path) == 10
    labels = [json.loads(line) for line in (tmp_path / "labels.jsonl").read_text().splitlines()]
    assert len(labels) == 10 and all((tmp_path / lab["file"]).is_file() for lab in labels)
    assert labels[0]["intents"] == sorted(rows[0]["intents"])
