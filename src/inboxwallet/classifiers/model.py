"""Train, evaluate, persist (skops, never pickle) and load the tag classifier."""

from __future__ import annotations

import hashlib
import json
import random
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..quotes import author_text
from . import TAGS

SHIPPED_DIR = Path(__file__).parent
MODEL_FILE = "model.skops"
META_FILE = "model.json"
# The word vectoriser's 40,000 terms as a plain JSON list. Inside the skops file they were a
# 31 MB schema of one typed node per term: half the load time and a 35 MB spike at load.
VOCABULARY_FILE = "vocabulary.json"
FOLDS = 5
SEED = 20261125

# Every type the model file may contain. skops refuses anything else, so a swapped file
# cannot run code on load.
TRUSTED_TYPES = [
    "inboxwallet.classifiers.features.cue_features",
    "inboxwallet.classifiers.features.normalise_all",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multioutput.MultiOutputClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    "builtins.slice",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
]


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    tags: tuple[str, ...] = ()


@dataclass
class TagMetrics:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Model:
    """A fitted pipeline plus what is needed to use and trust it."""

    pipeline: Any
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unknown"))

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        columns = self.pipeline.predict_proba(list(texts))
        probs = np.column_stack([c[:, 1] for c in columns])
        return [dict(zip(TAGS, map(float, row))) for row in probs]

    def predict(self, texts: Sequence[str]) -> list[tuple[list[str], dict[str, float]]]:
        out = []
        for scores in self.predict_proba(texts):
            out.append(([t for t in TAGS if scores[t] >= self.thresholds[t]], scores))
        return out


# -- data ------------------------------------------------------------------------------------


def read_examples(paths: Iterable[Path]) -> list[Example]:
    """Labeled JSON lines ({"id", "text", "tags"}); a folder means every *.jsonl in it.

    Texts are cut to the author's own part with the same rules ingest uses, so training,
    `model eval` and `model predict` judge what the store would hold, not quoted residue."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    examples = []
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ModelError(f"{file}: cannot read: {exc.strerror or exc}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                tags = tuple(item.get("tags") or ())
                unknown = set(tags) - set(TAGS)
                if unknown:
                    raise ValueError(f"unknown tag {sorted(unknown)[0]!r}")
                examples.append(Example(str(item.get("id", f"{file.name}:{n}")), author_text(str(item["text"])), tags))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ModelError(f"{file}:{n}: not a labeled example ({exc})") from None
    if not examples:
        raise ModelError("no labeled examples found")
    return examples


def data_hash(examples: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    for ex in sorted(examples, key=lambda e: e.id):
        digest.update(json.dumps([ex.id, ex.text, sorted(ex.tags)]).encode())
    return digest.hexdigest()


def code_hash() -> str:
    """Hash of the feature and pipeline code: part of the model version."""
    from . import features, pipeline

    return hashlib.sha256(
        Path(features.__file__).read_bytes() + Path(pipeline.__file__).read_bytes()
    ).hexdigest()


def label_matrix(examples: Sequence[Example]) -> np.ndarray:
    return np.array([[int(t in ex.tags) for t in TAGS] for ex in examples], dtype=int)


# -- training ----------------------------------------------------------------------------------


def cross_validated_scores(examples: Sequence[Example], folds: int = FOLDS) -> np.ndarray:
    """Out-of-fold probabilities for every example: the honest basis for thresholds."""
    from .pipeline import build_pipeline

    texts = [e.text for e in examples]
    y = label_matrix(examples)
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    probs = np.zeros(y.shape, dtype=float)
    for k in range(folds):
        test = [i for n, i in enumerate(order) if n % folds == k]
        train = [i for n, i in enumerate(order) if n % folds != k]
        pipe = build_pipeline()
        pipe.fit([texts[i] for i in train], y[train])
        cols = pipe.predict_proba([texts[i] for i in test])
        probs[test] = np.column_stack([c[:, 1] for c in cols])
    return probs


def best_thresholds(y: np.ndarray, probs: np.ndarray) -> dict[str, float]:
    """Per tag, the threshold that maximises F1 on out-of-fold scores."""
    thresholds = {}
    grid = np.round(np.arange(0.10, 0.91, 0.01), 2)
    for j, tag in enumerate(TAGS):
        f1s = [metrics_for(y[:, j], probs[:, j] >= t).f1 for t in grid]
        best = max(f1s)
        # Among near-best thresholds take the middle one: less sensitive to noise
        near = [t for t, f in zip(grid, f1s) if f >= best - 0.005]
        thresholds[tag] = float(near[len(near) // 2])
    return thresholds


def metrics_for(truth: np.ndarray, predicted: np.ndarray) -> TagMetrics:
    truth = truth.astype(bool)
    predicted = predicted.astype(bool)
    tp = int((truth & predicted).sum())
    fp = int((~truth & predicted).sum())
    fn = int((truth & ~predicted).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return TagMetrics(round(precision, 4), round(recall, 4), round(f1, 4), int(truth.sum()))


def evaluate(y: np.ndarray, predicted: np.ndarray) -> dict[str, Any]:
    per_tag = {tag: metrics_for(y[:, j], predicted[:, j]).__dict__ for j, tag in enumerate(TAGS)}
    macro = round(float(np.mean([m["f1"] for m in per_tag.values()])), 4)
    return {"tags": per_tag, "macro_f1": macro, "n": int(len(y))}


def train(examples: Sequence[Example], *, name: str = "shipped", cross_validate: bool = True) -> Model:
    """Fit on every example; thresholds (and reported metrics) from 5-fold cross-validation."""
    import sklearn

    from .pipeline import build_pipeline

    y = label_matrix(examples)
    for j, tag in enumerate(TAGS):
        if y[:, j].sum() < 10 or (len(y) - y[:, j].sum()) < 10:
            raise ModelError(f"too few examples for tag {tag!r}: need at least 10 with and 10 without")
    if cross_validate:
        probs = cross_validated_scores(examples)
        thresholds = best_thresholds(y, probs)
        cv = evaluate(y, np.column_stack([probs[:, j] >= thresholds[t] for j, t in enumerate(TAGS)]))
    else:
        thresholds, cv = {t: 0.5 for t in TAGS}, {}
    pipeline = build_pipeline()
    pipeline.fit([e.text for e in examples], y)
    digest = data_hash(examples)
    meta = {
        # same data and same feature code -> same version; either changing makes a new one
        "version": f"{name}-{hashlib.sha256((digest + code_hash()).encode()).hexdigest()[:10]}",
        "name": name,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_examples": len(examples),
        "training_data_sha256": digest,
        "code_sha256": code_hash(),
        "label_counts": {t: int(y[:, j].sum()) for j, t in enumerate(TAGS)},
        "thresholds": thresholds,
        "cross_validation": cv,
        "sklearn_version": sklearn.__version__,
    }
    return Model(pipeline, thresholds, meta)


# -- persistence ---------------------------------------------------------------------------------


def save_model(model: Model, folder: Path) -> Path:
    """Write model.skops, vocabulary.json and model.json into folder (0600: it was trained
    on your mail)."""
    import skops
    import skops.io as sio

    if folder.resolve() != SHIPPED_DIR.resolve():
        folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / MODEL_FILE
    pipeline = slim(model.pipeline)
    vectorizer = _vectorizer(pipeline)
    vocabulary = vectorizer.vocabulary_
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    vectorizer.vocabulary_ = None  # kept beside the skops file, put back below
    try:
        sio.dump(pipeline, path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    finally:
        vectorizer.vocabulary_ = vocabulary
    (folder / VOCABULARY_FILE).write_text(json.dumps(terms, ensure_ascii=False) + "\n", encoding="utf-8")
    meta = dict(model.meta, skops_version=skops.__version__, thresholds=model.thresholds)
    (folder / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    for file in (path, folder / VOCABULARY_FILE, folder / META_FILE):
        file.chmod(0o644 if folder.resolve() == SHIPPED_DIR.resolve() else 0o600)
    return path


def _vectorizer(pipeline: Any) -> Any:
    """The pipeline's one word vectoriser."""
    found = [step for step in _walk(pipeline) if hasattr(step, "idf_") and hasattr(step, "ngram_range")]
    if len(found) != 1:
        raise ModelError(f"expected one word vectoriser in the model, found {len(found)}")
    return found[0]


def load_model(folder: Path | None = None) -> Model:
    """Load a model with skops, refusing any type not on our explicit trusted list."""
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    folder = folder or SHIPPED_DIR
    path = folder / MODEL_FILE
    meta_path = folder / META_FILE
    if not path.exists() or not meta_path.exists():
        raise ModelError(f"no model in {folder} (expected {MODEL_FILE} and {META_FILE})")
    try:
        # one read: skops refuses, before building anything, a file naming any other type
        pipeline = sio.load(path, trusted=TRUSTED_TYPES)
        meta = json.loads(meta_path.read_text())
        vectorizer = _vectorizer(pipeline)
        vocabulary_path = folder / VOCABULARY_FILE
        if vocabulary_path.exists():  # models saved before it kept the terms inside
            terms = json.loads(vocabulary_path.read_text(encoding="utf-8"))
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                raise ValueError("vocabulary.json is not a list of terms")
            vectorizer.vocabulary_ = {term: i for i, term in enumerate(terms)}
        if not getattr(vectorizer, "vocabulary_", None):
            raise ValueError(f"no {VOCABULARY_FILE}")
    except UntrustedTypesFoundException as exc:
        refused = re.findall(r"'([\w.]+)'", str(exc).split("\n", 1)[0]) or ["?"]
        raise ModelError(
            f"{path}: refusing to load, it contains types we do not trust: {', '.join(refused[:3])}"
        ) from None
    except Exception as exc:  # noqa: BLE001 - a corrupt or foreign file
        raise ModelError(f"{path}: not a skops model file ({type(exc).__name__})") from None
    return Model(pipeline, {t: float(meta["thresholds"][t]) for t in TAGS}, meta)


def personal_dir(data_dir: Path) -> Path:
    return data_dir / "model"


def default_model(data_dir: Path | None = None) -> Model:
    """The user's personal model when they trained one, else the model shipped in the package."""
    if data_dir is not None and (personal_dir(data_dir) / MODEL_FILE).exists():
        return load_model(personal_dir(data_dir))
    return load_model(SHIPPED_DIR)


def slim(pipeline: Any) -> Any:
    """Drop what a fitted vectorizer keeps only for introspection (the terms it pruned):
    it is most of the file and none of the prediction."""
    for step in _walk(pipeline):
        if hasattr(step, "stop_words_"):
            step.stop_words_ = None
        if hasattr(step, "vocabulary_"):
            # numpy integers are stored one object each; plain ints make a compact JSON map
            step.vocabulary_ = {str(term): int(index) for term, index in step.vocabulary_.items()}
    return pipeline


def _walk(obj: Any) -> Iterable[Any]:
    yield obj
    for child in getattr(obj, "steps", []):
        yield from _walk(child[1])
    for child in getattr(obj, "transformer_list", []):
        yield from _walk(child[1])


def explain(model: Model, text: str, top: int = 5) -> dict[str, list[tuple[str, float]]]:
    """For each tag, the features of this text that pushed its score up the most."""
    features = model.pipeline.named_steps["features"]
    x = model.pipeline[:-1].transform([text])
    x = x.tocsr() if hasattr(x, "tocsr") else x
    names = feature_names(features)
    out: dict[str, list[tuple[str, float]]] = {}
    for j, tag in enumerate(TAGS):
        estimator = model.pipeline.named_steps["clf"].estimators_[j]
        coef = estimator.calibrated_classifiers_[0].estimator.coef_[0]
        row = x[0]
        contributions = [(names[i], float(v * coef[i])) for i, v in zip(row.indices, row.data)]
        contributions.sort(key=lambda item: item[1], reverse=True)
        out[tag] = [(n, round(c, 3)) for n, c in contributions[:top] if c > 0]
    return out


def feature_names(features: Any) -> list[str]:
    """Readable names for every column of the feature union (words, char n-grams, cues)."""
    from .features import CUE_NAMES

    names: list[str] = []
    for name, transformer in features.transformer_list:
        if hasattr(transformer, "vocabulary_"):
            vocab = sorted(transformer.vocabulary_.items(), key=lambda kv: kv[1])
            names.extend(str(term) for term, _ in vocab)
        else:
            names.extend(f"({n.replace('_', ' ')})" for n in CUE_NAMES)
    return names


def evaluate_model(model: Model, examples: Sequence[Example]) -> dict[str, Any]:
    """Precision, recall and F1 per tag, and macro-F1, of a model on labeled examples."""
    predicted = model.predict([e.text for e in examples])
    matrix = np.array([[int(t in tags) for t in TAGS] for tags, _ in predicted], dtype=int)
    return evaluate(label_matrix(examples), matrix.reshape(-1, len(TAGS)))
