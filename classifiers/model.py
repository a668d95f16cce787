"""The trained part: a spaCy pipeline of text classifiers, and the settings tuned with it.

    nlp = spacy.blank("xx") + textcat_multilabel "intents" + textcat "kind"

Both read a *feature doc* (`classifiers.features`): the folded words of the message
plus marker tokens for what the rule components found. The pipeline is saved with
`nlp.to_disk` in `classifiers/model/`, without its vocabulary (`TrainedModel.save`), next
to `carerra.json` (the per-intent thresholds, the kind threshold, how rule and model
scores combine) and `metrics.json`.
Loading is `spacy.load` of that folder: offline, well under a second.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import cast

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import Config, Model

from classifiers.contract import CHANNELS, INTENTS, KINDS, LANGUAGES

MODEL_DIR = Path(__file__).resolve().parent / "model"
CONFIG_DIR = Path(__file__).resolve().parent / "configs"
DEFAULT_CONFIG = CONFIG_DIR / "bow1.cfg"
SETTINGS_FILE = "carerra.json"
METRICS_FILE = "metrics.json"
WORDS_FILE = "words.txt"  # the commonest words of the training mail (`common_words`)
COMMON_WORDS = 50_000


@dataclass
class Settings:
    """What is tuned on the dev split and shipped with the model."""

    thresholds: dict[str, float] = field(default_factory=lambda: {i: 0.5 for i in INTENTS})
    # below this P(human) a message is a robot (a human taken for a robot is the worst
    # error: the person never hears from us), unless hard structure says otherwise
    human_floor: float = 0.5
    # the language model decides when this sure (and the text is long enough),
    # else lingua (`classifiers.language`)
    language_confidence: float = 0.7
    # an intent the rules chose stands unless the model gives it less than this
    rule_vetoes: dict[str, float] = field(default_factory=lambda: {i: 0.05 for i in INTENTS})
    # an intent the rules decided against (negated, boilerplate, ...) needs a model this sure
    override: float = 0.9
    # an intent no cue of the message speaks of needs a model this sure (`hybrid.SUPPORT`)
    unsupported_floor: float = 0.5
    # ... and this sure in a reply to one of our own messages: under our acknowledgement a
    # bare "Merci", "Yes" or "Here it is: 1111-1111" came out as an unsubscribe at 0.5
    # (the model's lean for very short texts); a floor of 0.6 for all mail cost dev
    # splits 5 and 6 two real stops ("Assez." above a forwarded newsletter). The round 11
    # model gives "Merci" 0.61: under our own mail, an intent no cue speaks of needs the
    # override's certainty (a stop there names a channel, a list or marketing)
    reply_unsupported_floor: float = 0.9
    # channels: "rules", or "fallback" (the channel model where no channel is worded)
    channel_mode: str = "rules"
    # a decision this close to its threshold goes to staff review
    review_margin: float = 0.15
    markers: bool = True
    stems: list[int] = field(default_factory=lambda: [4, 5, 6])  # word-start lengths
    config: str = "bow1.cfg"

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def read_config(path: Path | str) -> Config:
    return Config().from_disk(path)


def textcat(nlp: Language, name: str) -> TextCategorizer:
    """A text classifier of the pipeline, typed (`get_pipe` returns any component)."""
    return cast(TextCategorizer, nlp.get_pipe(name))


def build(config: Config) -> Language:
    """A blank pipeline with the text classifiers of `config` (not yet initialised)."""
    nlp = spacy.blank("xx")
    for name, comp in config["components"].items():
        comp = dict(comp)
        factory = comp.pop("factory")
        nlp.add_pipe(factory, name=name, config=comp)
    for label in INTENTS:
        textcat(nlp, "intents").add_label(label)
    for label in KINDS:
        textcat(nlp, "kind").add_label(label)
    if "language" in nlp.pipe_names:
        for label in LANGUAGES:
            textcat(nlp, "language").add_label(label)
    if "channels" in nlp.pipe_names:
        for label in CHANNELS:
            textcat(nlp, "channels").add_label(label)
    return nlp


def feature_doc(nlp: Language, words: Sequence[str]) -> Doc:
    return Doc(nlp.vocab, words=list(words) or ["__empty__"])


class _Keys(dict):
    """word -> the hash of its text (what `Doc.to_array(ORTH)` gives for it), cached."""

    def __missing__(self, word: str) -> int:
        key = self[word] = get_string_id(word)
        return key


_KEYS = _Keys()


def word_keys(batch: Sequence[Sequence[str]]) -> tuple[numpy.ndarray, list[int]]:
    """The hashes of the feature words of every message of a batch, one message after
    the other (`__empty__` for a message without words), and how many per message."""
    if len(_KEYS) > 200_000:
        _KEYS.clear()
    get = _KEYS.__getitem__
    flat: list[int] = []
    lengths = []
    for words in batch:
        words = words or ("__empty__",)
        flat.extend(map(get, words))
        lengths.append(len(words))
    return numpy.array(flat, dtype="uint64"), lengths


class Hashed:
    """The feature words of one message as a bag-of-words model reads them: the hashes
    of their text (what `Doc.to_array([ORTH])` gives for `feature_doc`), without
    building a second spaCy Doc per message. `TextCatBOW` reads nothing else."""

    __slots__ = ("keys",)

    def __init__(self, words: Sequence[str]) -> None:
        self.keys = word_keys([words])[0]

    def to_array(self, attrs: object) -> numpy.ndarray:
        return self.keys

    def __len__(self) -> int:
        return len(self.keys)


def scores(comp: TextCategorizer, inputs: Sequence[object], batch_size: int = 256
           ) -> list[dict[str, float]]:
    """The component's label probabilities for each input (a Doc, or `Hashed` for a
    bag-of-words model), without writing `doc.cats`."""
    out: list[dict[str, float]] = []
    for start in range(0, len(inputs), batch_size):
        rows = comp.model.predict(list(inputs[start:start + batch_size]))
        out.extend(_by_label(comp, rows))
    return out


def _by_label(comp: TextCategorizer, rows: object) -> list[dict[str, float]]:
    labels = comp.labels
    return [dict(zip(labels, map(float, row), strict=True))
            for row in comp.model.ops.to_numpy(rows).tolist()]


# spaCy's bag-of-words text classifier (TextCatBOW) on unigrams, as `build` makes it:
#   with_cpu(extract_ngrams >> resizable(sparse_linear)) >> with_cpu(output)
_BOW = re.compile(r"with_cpu\(extract_ngrams>>resizable\(sparse_linear\)\)"
                  r">>with_cpu\((logistic|softmax_activation)\)")


def bow_layers(comp: TextCategorizer) -> tuple[Model, Model] | None:
    """The layers after `extract_ngrams` (sparse linear, output) of a bag-of-words
    component on unigrams of the token text; None for any other architecture."""
    model = comp.model
    if not _BOW.fullmatch(model.name):
        return None
    extract, linear = model.layers[0].layers[0].layers
    if extract.attrs.get("ngram_size") != 1 or extract.attrs.get("attr") != ORTH:
        return None
    return linear, model.layers[1].layers[0]


def bag_of_words(keys: numpy.ndarray, lengths: Sequence[int]
                 ) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """What `extract_ngrams(1, ORTH)` makes of a batch, computed for the whole batch at
    once instead of one `numpy.unique` per doc: each doc's distinct keys in ascending
    order, their counts, and the number of distinct keys per doc. `keys` holds the
    token hashes of every doc, one doc after the other, `lengths` how many each."""
    docs = numpy.repeat(numpy.arange(len(lengths)), lengths)
    order = numpy.lexsort((keys, docs))  # by doc, then by key
    keys, docs = keys[order], docs[order]
    first = numpy.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(keys)))
    distinct = numpy.bincount(docs[starts], minlength=len(lengths))
    return keys[starts], counts.astype("f"), distinct.astype("int32")


def bow_scores(comp: TextCategorizer, bag: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]
               ) -> list[dict[str, float]]:
    """A bag-of-words component's label probabilities from `bag_of_words` (the same
    numbers as `comp.model.predict` on the docs)."""
    layers = bow_layers(comp)
    assert layers is not None
    linear, output = layers
    return _by_label(comp, output.predict(linear.predict(bag)))


@dataclass
class Prediction:
    intents: dict[str, float]
    kind: dict[str, float]
    channels: dict[str, float] = field(default_factory=dict)


class TrainedModel:
    """The loaded pipeline plus its tuned settings."""

    def __init__(self, nlp: Language, settings: Settings, path: Path | None = None) -> None:
        self.nlp = nlp
        self.settings = settings
        self.path = path  # where it was loaded from

    @classmethod
    def load(cls, path: Path | str = MODEL_DIR) -> TrainedModel:
        path = Path(path)
        nlp = spacy.load(path)
        data = json.loads((path / SETTINGS_FILE).read_text(encoding="utf-8"))
        return cls(nlp, Settings.from_dict(data), path)

    def common_words(self) -> list[str]:
        """The commonest words of the training mail, most common first ([] if the model
        was not loaded from a folder that has them)."""
        words = self.path / WORDS_FILE if self.path is not None else None
        if words is None or not words.is_file():
            return []
        return words.read_text(encoding="utf-8").split("\n")[:-1]

    def save(self, path: Path | str, metrics: dict | None = None) -> None:
        path = Path(path)
        if (path / "meta.json").is_file():  # no stale components of an earlier model
            shutil.rmtree(path)
        # Without the vocabulary: its string table holds every word training saw (225,000
        # strings, 39 MB resident once loaded) and nothing reads it back — the text
        # classifiers hash the feature words themselves, and labels live in each
        # component's own config. Loading builds a fresh vocabulary; same scores.
        self.nlp.to_disk(path, exclude=["vocab"])
        (path / SETTINGS_FILE).write_text(
            json.dumps(asdict(self.settings), indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        if metrics is not None:
            (path / METRICS_FILE).write_text(
                json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8"
            )

    @staticmethod
    def save_common_words(path: Path | str, rows: Iterable[dict]) -> None:
        """The `COMMON_WORDS` commonest whitespace-separated words of the data rows'
        subjects and texts, one per line, by count then alphabetically: the same data
        always gives the same file. A long-lived classifier tokenises them once at start
        (`RuleStage.warm`) so that its tokenizer cache knows them for good."""
        counts = Counter(word for row in rows
                         for text in (row.get("subject", ""), row.get("text", ""))
                         for word in text.split())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:COMMON_WORDS]
        (Path(path) / WORDS_FILE).write_text(
            "".join(f"{word}\n" for word, _ in ranked), encoding="utf-8")

    def language_scores(self, docs: Iterable[Doc], batch_size: int = 256
                        ) -> list[dict[str, float]] | None:
        """P(language) for each rule doc, or None if this model has no language component.
        The component reads the docs' own tokens (bag-of-words features are hashes of the
        token text, the same in any vocabulary), so no second doc is built."""
        if "language" not in self.nlp.pipe_names:
            return None
        comp = textcat(self.nlp, "language")
        docs = list(docs)
        if bow_layers(comp) is None:
            return scores(comp, docs, batch_size)
        out: list[dict[str, float]] = []
        for start in range(0, len(docs), batch_size):
            arrays = [doc.to_array(ORTH) for doc in docs[start:start + batch_size]]
            keys = numpy.concatenate(arrays).astype("uint64", copy=False)
            out.extend(bow_scores(comp, bag_of_words(keys, [len(a) for a in arrays])))
        return out

    def predict(self, batch: Iterable[Sequence[str]], batch_size: int = 256) -> list[Prediction]:
        batch = list(batch)
        names = [n for n in ("intents", "kind", "channels") if n in self.nlp.pipe_names]
        comps = [textcat(self.nlp, name) for name in names]
        found: dict[str, list[dict[str, float]]] = {name: [] for name in names}
        if all(bow_layers(comp) is not None for comp in comps):
            # one bag of words per batch for all the components
            for start in range(0, len(batch), batch_size):
                bag = bag_of_words(*word_keys(batch[start:start + batch_size]))
                for name, comp in zip(names, comps, strict=True):
                    found[name].extend(bow_scores(comp, bag))
        else:
            feats = [Hashed(words) for words in batch]
            for name, comp in zip(names, comps, strict=True):
                found[name] = scores(comp, feats, batch_size)
        channels = found.get("channels") or [{} for _ in batch]
        return [Prediction(intents=i, kind=k, channels=c)
                for i, k, c in zip(found["intents"], found["kind"], channels, strict=True)]
