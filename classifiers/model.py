"""The trained part: a spaCy pipeline of text classifiers, and the settings tuned with it.

    nlp = spacy.blank("xx") + textcat_multilabel "intents" + textcat "kind"

Both read a *feature doc* (`classifiers.features`): the folded words of the message
plus marker tokens for what the rule components found. The pipeline is saved with
`nlp.to_disk` in `classifiers/model/`, next to `carerra.json` (the per-intent
thresholds, the kind threshold, how rule and model scores combine) and `metrics.json`.
Loading is `spacy.load` of that folder: offline, well under a second.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import cast

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import Config

from classifiers.contract import CHANNELS, INTENTS, KINDS, LANGUAGES

MODEL_DIR = Path(__file__).resolve().parent / "model"
CONFIG_DIR = Path(__file__).resolve().parent / "configs"
DEFAULT_CONFIG = CONFIG_DIR / "bow1.cfg"
SETTINGS_FILE = "carerra.json"
METRICS_FILE = "metrics.json"


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


class Hashed:
    """The feature words of one message as a bag-of-words model reads them: the hashes
    of their text (what `Doc.to_array([ORTH])` gives for `feature_doc`), without
    building a second spaCy Doc per message. `TextCatBOW` reads nothing else."""

    __slots__ = ("keys",)
    _ids: dict[str, int] = {}

    def __init__(self, words: Sequence[str]) -> None:
        ids = self._ids
        if len(ids) > 200_000:
            ids.clear()
        keys = []
        for w in words or ("__empty__",):
            h = ids.get(w)
            if h is None:
                h = ids[w] = get_string_id(w)
            keys.append(h)
        self.keys = numpy.asarray(keys, dtype="uint64")

    def to_array(self, attrs: object) -> numpy.ndarray:
        return self.keys

    def __len__(self) -> int:
        return len(self.keys)


def scores(comp: TextCategorizer, inputs: Sequence[object], batch_size: int = 256
           ) -> list[dict[str, float]]:
    """The component's label probabilities for each input (a Doc, or `Hashed` for a
    bag-of-words model), without writing `doc.cats`."""
    labels = comp.labels
    out: list[dict[str, float]] = []
    for start in range(0, len(inputs), batch_size):
        rows = comp.model.ops.to_numpy(comp.model.predict(list(inputs[start:start + batch_size])))
        out.extend(dict(zip(labels, map(float, row), strict=True)) for row in rows.tolist())
    return out


@dataclass
class Prediction:
    intents: dict[str, float]
    kind: dict[str, float]
    channels: dict[str, float] = field(default_factory=dict)


class TrainedModel:
    """The loaded pipeline plus its tuned settings."""

    def __init__(self, nlp: Language, settings: Settings) -> None:
        self.nlp = nlp
        self.settings = settings

    @classmethod
    def load(cls, path: Path | str = MODEL_DIR) -> TrainedModel:
        path = Path(path)
        nlp = spacy.load(path)
        data = json.loads((path / SETTINGS_FILE).read_text(encoding="utf-8"))
        return cls(nlp, Settings.from_dict(data))

    def save(self, path: Path | str, metrics: dict | None = None) -> None:
        path = Path(path)
        if (path / "meta.json").is_file():  # no stale components of an earlier model
            shutil.rmtree(path)
        self.nlp.to_disk(path)
        (path / SETTINGS_FILE).write_text(
            json.dumps(asdict(self.settings), indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        if metrics is not None:
            (path / METRICS_FILE).write_text(
                json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8"
            )

    def language_scores(self, docs: Iterable[Doc], batch_size: int = 256
                        ) -> list[dict[str, float]] | None:
        """P(language) for each rule doc, or None if this model has no language component.
        The component reads the docs' own tokens (bag-of-words features are hashes of the
        token text, the same in any vocabulary), so no second doc is built."""
        if "language" not in self.nlp.pipe_names:
            return None
        return scores(textcat(self.nlp, "language"), list(docs), batch_size)

    def predict(self, batch: Iterable[Sequence[str]], batch_size: int = 256) -> list[Prediction]:
        feats = [Hashed(words) for words in batch]
        intents = scores(textcat(self.nlp, "intents"), feats, batch_size)
        kind = scores(textcat(self.nlp, "kind"), feats, batch_size)
        channels = (scores(textcat(self.nlp, "channels"), feats, batch_size)
                    if "channels" in self.nlp.pipe_names else [{} for _ in feats])
        return [Prediction(intents=i, kind=k, channels=c)
                for i, k, c in zip(intents, kind, channels, strict=True)]
