#!/usr/bin/env python3
"""train.py: the machine-failure trainer for teams that train in Python (scikit-learn).

It writes the same files as the Node trainer (src/train.ts), so the MLOps steps cannot tell them
apart: metrics.json, params.json, predictions.csv (and baseline-metrics.json with --baseline-model),
model-meta.json, and model.json, the fitted RandomForestClassifier exported tree by tree to the
portable forest format. The Node model server (src/serve.ts) serves that file as it is, and it loads no
pickle.

The held-out split is the Node trainer's: within each file and class, the rows with the smallest
sha256("<seed>:<UDI>") keys, round(n * test_size) of them. With the same seed and test size, both
trainers hold out the same rows, so their metrics compare row for row.

Needs numpy, pandas and scikit-learn. Run:
    python3 workflows-examples/use-case/python/train.py --data data --out model
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score

FEATURES = [
    "Type",
    "Air temperature [K]",
    "Process temperature [K]",
    "Rotational speed [rpm]",
    "Torque [Nm]",
    "Tool wear [min]",
]
TARGET = "Machine failure"
ID_COLUMN = "UDI"
TYPE_CODES = {"L": 0, "M": 1, "H": 2}
SPLIT_METHOD = "stratified per file and class, by sha256(seed:UDI)"
TRAINER = {"name": "mlops-actions use-case trainer (Python)", "version": "1.0.0"}
DEFAULTS = {
    "trees": 100,
    "max_depth": 14,
    "min_samples_split": 4,
    "min_samples_leaf": 2,
    "max_features": 0.5,
    "class_weight": "none",
    "threshold": 0.5,
    "seed": 42,
    "test_size": 0.2,
}


class UserError(Exception):
    """A problem the user can fix; printed without a traceback, exit status 1."""


def where(file: str | Path, line: int | None = None) -> str:
    return f"{file}:{line}" if line else str(file)


# ---------------------------------------------------------------------------------------------- data


def list_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() == ".csv")
            if not found:
                raise UserError(f"{p}: the folder holds no .csv file. Generate batches into it first.")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise UserError(f"{p}: no such file or folder. Pass a folder of CSV batches or a CSV file with --data.")
    return files


def encode_type(values: pd.Series, file: Path) -> np.ndarray:
    codes = values.astype(str).str.strip().map(TYPE_CODES)
    bad = codes.isna()
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise UserError(f"{where(file, i + 2)}: key 'Type': 'Type' must be L, M or H, not {values.iloc[i]!r}. Fix or drop this row.")
    return codes.to_numpy(dtype=np.float64)


def numeric(values: pd.Series, column: str, file: Path) -> np.ndarray:
    out = pd.to_numeric(values.astype(str).str.strip(), errors="coerce")
    bad = out.isna() | ~np.isfinite(out.to_numpy(dtype=np.float64, na_value=np.nan))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise UserError(f"{where(file, i + 2)}: key '{column}': '{column}' is not a number: {values.iloc[i]!r}. Fix or drop this row.")
    return out.to_numpy(dtype=np.float64)


def read_data(paths: list[str]):
    """Rows of every file: (file index, UDI, features, label, raw feature values), and the data digest."""
    files = list_files(paths)
    digest = hashlib.sha256()
    parts = []
    seen: dict[int, str] = {}
    for fi, file in enumerate(files):
        data = file.read_bytes()
        digest.update(f"{file.name}\0{len(data)}\0".encode())
        digest.update(data)
        try:
            frame = pd.read_csv(file, dtype=str, keep_default_na=False, skip_blank_lines=True)
        except Exception as e:  # pandas raises several types for malformed CSV
            raise UserError(f"{file}: not a valid CSV file: {e}") from None
        frame.columns = [c.strip() for c in frame.columns]
        missing = [c for c in [ID_COLUMN, *FEATURES, TARGET] if c not in frame.columns]
        if missing:
            raise UserError(f"{where(file, 1)}: the header lacks {', '.join(repr(m) for m in missing)}.")
        udi = numeric(frame[ID_COLUMN], ID_COLUMN, file).astype(np.int64)
        for i, u in enumerate(udi):
            if int(u) in seen:
                raise UserError(f"{where(file, i + 2)}: key 'UDI': UDI {u} appears twice (first at {seen[int(u)]}). Fix or drop this row.")
            seen[int(u)] = where(file, i + 2)
        labels = frame[TARGET].astype(str).str.strip()
        bad = ~labels.isin(["0", "1"])
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise UserError(f"{where(file, i + 2)}: key '{TARGET}': '{TARGET}' must be 0 or 1, not {frame[TARGET].iloc[i]!r}.")
        x = np.column_stack([encode_type(frame["Type"], file)] + [numeric(frame[c], c, file) for c in FEATURES[1:]])
        parts.append((np.full(len(frame), fi), udi, x, labels.astype(int).to_numpy(), frame[FEATURES]))
    if not parts or sum(len(p[1]) for p in parts) == 0:
        raise UserError("the data has no rows")
    file_idx = np.concatenate([p[0] for p in parts])
    udis = np.concatenate([p[1] for p in parts])
    x = np.vstack([p[2] for p in parts])
    y = np.concatenate([p[3] for p in parts])
    raw = pd.concat([p[4] for p in parts], ignore_index=True)
    return files, file_idx, udis, x, y, raw, f"sha256:{digest.hexdigest()}"


def split_key(seed: int, udi: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{udi}".encode()).digest()[:4], "big")


def stratified_split(file_idx: np.ndarray, udis: np.ndarray, y: np.ndarray, test_size: float, seed: int) -> np.ndarray:
    test = np.zeros(len(y), dtype=bool)
    for f in np.unique(file_idx):
        for c in (0, 1):
            idx = np.flatnonzero((file_idx == f) & (y == c))
            order = sorted(idx, key=lambda i: (split_key(seed, int(udis[i])), int(udis[i])))
            k = math.floor(len(idx) * test_size + 0.5)
            test[order[:k]] = True
    return test


# -------------------------------------------------------------------------------------------- model


def export_forest(model: RandomForestClassifier, params: dict) -> dict:
    """The fitted forest in the portable format of src/forest.ts (scikit-learn splits on value <= threshold)."""
    positive = list(model.classes_).index(1)
    trees = []
    for est in model.estimators_:
        t = est.tree_
        leaf = t.children_left == -1
        counts = t.value[:, 0, :]
        totals = counts.sum(axis=1)
        p1 = np.divide(counts[:, positive], totals, out=np.zeros_like(totals), where=totals > 0)
        trees.append(
            {
                "feature": [-1 if l else int(f) for f, l in zip(t.feature, leaf)],
                "threshold": [0.0 if l else float(v) for v, l in zip(t.threshold, leaf)],
                "left": [-1 if l else int(v) for v, l in zip(t.children_left, leaf)],
                "right": [-1 if l else int(v) for v, l in zip(t.children_right, leaf)],
                "value": [float(v) if l else 0.0 for v, l in zip(p1, leaf)],
            }
        )
    total = float(np.sum(model.feature_importances_))
    return {
        "format": "mlops-use-case/random-forest",
        "formatVersion": 1,
        "nFeatures": len(FEATURES),
        "splitRule": "le",
        # scikit-learn compares float32(x) <= threshold, and a threshold can equal a float32 input.
        "inputPrecision": "float32",
        "options": {"library": f"scikit-learn {sklearn.__version__}", **params},
        "trees": trees,
        "featureImportance": [float(v) / total if total > 0 else 0.0 for v in model.feature_importances_],
    }


def forest_proba(forest: dict, x: np.ndarray) -> np.ndarray:
    """P(class 1) as the Node server computes it: leaf values summed tree by tree, then divided."""
    le = forest["splitRule"] == "le"
    if forest.get("inputPrecision") == "float32":
        x = x.astype(np.float32).astype(np.float64)
    s = np.zeros(len(x))
    rows = np.arange(len(x))
    for t in forest["trees"]:
        feature = np.asarray(t["feature"])
        threshold = np.asarray(t["threshold"], dtype=np.float64)
        left, right, value = np.asarray(t["left"]), np.asarray(t["right"]), np.asarray(t["value"], dtype=np.float64)
        node = np.zeros(len(x), dtype=np.int64)
        while True:
            inner = feature[node] >= 0
            if not inner.any():
                break
            v = x[rows, np.where(inner, feature[node], 0)]
            go_left = v <= threshold[node] if le else v < threshold[node]
            node = np.where(inner, np.where(go_left, left[node], right[node]), node)
        s = s + value[node]
    return s / len(forest["trees"])


def encode_rows(raw: pd.DataFrame | list[dict], features: list[str]) -> np.ndarray:
    frame = pd.DataFrame(raw)
    cols = []
    for f in features:
        if f not in FEATURES:
            raise UserError(f"the baseline model wants an input '{f}' that this trainer does not know")
        if f == "Type":
            cols.append(frame[f].astype(str).str.strip().map(TYPE_CODES).to_numpy(dtype=np.float64))
        else:
            cols.append(pd.to_numeric(frame[f]).to_numpy(dtype=np.float64))
    return np.column_stack(cols)


def load_baseline(directory: str) -> tuple[dict, dict]:
    d = Path(directory)
    if not (d / "model-meta.json").is_file():
        subs = [s for s in sorted(d.iterdir()) if (s / "model-meta.json").is_file()] if d.is_dir() else []
        if len(subs) != 1:
            raise UserError(f"{d}: no model-meta.json. Pass the folder of a working model (model.json and model-meta.json).")
        d = subs[0]
    try:
        meta = json.loads((d / "model-meta.json").read_text())
        forest = json.loads((d / "model.json").read_text())
    except (OSError, ValueError) as e:
        raise UserError(f"{d}: cannot read the baseline model: {e}") from None
    if forest.get("format") != "mlops-use-case/random-forest" or forest.get("splitRule") not in ("lt", "le"):
        raise UserError(f"{d}/model.json: not a model in the portable forest format")
    expected = np.asarray(meta["selfTest"]["probabilities"], dtype=np.float64)
    got = forest_proba(forest, encode_rows(meta["selfTest"]["rows"], meta["features"]))
    if not np.all(np.abs(got - expected) <= 1e-9):
        raise UserError(f"{d}: the baseline model fails its self-test: the model file does not match its training")
    return meta, forest


# ------------------------------------------------------------------------------------------ metrics


def metrics_of(y_true: np.ndarray, y_pred: np.ndarray, scores: np.ndarray) -> dict:
    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "precision": float(precision_score(y_true, y_pred, zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, zero_division=0)),
        "f1": float(f1_score(y_true, y_pred, zero_division=0)),
        "roc_auc": float(roc_auc_score(y_true, scores)),
    }


# ------------------------------------------------------------------------------------------- output


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def score_text(v: float) -> str:
    """A probability rounded to ten decimals, as the Node trainer writes it."""
    r = round(float(v), 10)
    return str(int(r)) if r == int(r) else repr(r)


def to_json(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------- main


def parse_params(args: argparse.Namespace) -> dict:
    params = dict(DEFAULTS)
    if args.params:
        try:
            text = Path(args.params).read_text()
        except OSError as e:
            raise UserError(f"{args.params}: cannot read the params file ({e.strerror})") from None
        try:
            doc = json.loads(text)
        except ValueError:
            try:
                import yaml  # python3-yaml; only needed for YAML params files
            except ImportError:
                raise UserError(f"{args.params}: not JSON, and PyYAML is not installed to read YAML") from None
            doc = yaml.safe_load(text)
        if not isinstance(doc, dict):
            raise UserError(f"{args.params}: a params file must be a mapping of parameter names to values")
        for k, v in (doc or {}).items():
            if k == "max_bins":
                continue  # the Node trainer's histogram bins; scikit-learn splits exactly
            if k not in DEFAULTS:
                raise UserError(f"{args.params}: key '{k}': unknown parameter. Use {', '.join(DEFAULTS)}.")
            params[k] = v
    for k in DEFAULTS:
        v = getattr(args, k)
        if v is not None:
            params[k] = v
    try:
        for k in ("trees", "max_depth", "min_samples_split", "min_samples_leaf", "seed"):
            params[k] = int(params[k])
        params["threshold"] = float(params["threshold"])
        params["test_size"] = float(params["test_size"])
        mf = params["max_features"]
        params["max_features"] = mf if mf in ("sqrt", "all") else float(mf)
    except (TypeError, ValueError) as e:
        raise UserError(f"a parameter has a bad value: {e}") from None
    if params["max_features"] not in ("sqrt", "all") and not 0 < params["max_features"] <= 1:
        raise UserError(f"max_features must be sqrt, all, or a fraction in (0, 1], not {params['max_features']}")
    for k, lo in (("trees", 1), ("max_depth", 1), ("min_samples_split", 2), ("min_samples_leaf", 1)):
        if params[k] < lo:
            raise UserError(f"{k} must be at least {lo}, not {params[k]}")
    if params["class_weight"] not in ("none", "balanced"):
        raise UserError(f"class_weight must be none or balanced, not {params['class_weight']!r}")
    if not 0 < params["test_size"] < 1:
        raise UserError(f"test_size must be between 0 and 1, not {params['test_size']}")
    if not 0 <= params["threshold"] <= 1:
        raise UserError(f"threshold must be from 0 to 1, not {params['threshold']}")
    return params


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Train the machine-failure classifier with scikit-learn (same outputs as src/train.ts).")
    ap.add_argument("--data", action="append", required=True, help="folder of *.csv batches or a CSV file; repeat for more")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--name", default="machine-failure", help="model name written into model-meta.json")
    ap.add_argument("--params", help="JSON/YAML params file (keys as in params.json); flags override it")
    ap.add_argument("--trees", type=int)
    ap.add_argument("--max-depth", dest="max_depth", type=int)
    ap.add_argument("--min-samples-split", dest="min_samples_split", type=int)
    ap.add_argument("--min-samples-leaf", dest="min_samples_leaf", type=int)
    ap.add_argument("--max-features", dest="max_features", help="sqrt, all, or a fraction")
    ap.add_argument("--class-weight", dest="class_weight", choices=["none", "balanced"])
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--test-size", dest="test_size", type=float)
    ap.add_argument("--baseline-model", dest="baseline_model", help="model folder to score on the same held-out rows")
    args = ap.parse_args(argv)

    p = parse_params(args)
    files, file_idx, udis, x, y, raw, digest = read_data(args.data)
    test = stratified_split(file_idx, udis, y, p["test_size"], p["seed"])
    train = ~test
    if len(np.unique(y[train])) < 2:
        raise UserError(f"the training rows hold only one class of '{TARGET}'. Train on more rows.")
    if len(np.unique(y[test])) < 2:
        raise UserError(f"the held-out rows hold only one class of '{TARGET}'. Train on more rows or raise --test-size.")
    print(f"read {len(y)} rows from {len(files)} file(s); training on {int(train.sum())} ({int(y[train].sum())} failures), "
          f"holding out {int(test.sum())} ({int(y[test].sum())} failures)")

    mf = p["max_features"]
    model = RandomForestClassifier(
        n_estimators=p["trees"],
        max_depth=p["max_depth"],
        min_samples_split=p["min_samples_split"],
        min_samples_leaf=p["min_samples_leaf"],
        max_features=None if mf == "all" else mf,
        class_weight=None if p["class_weight"] == "none" else "balanced",
        random_state=p["seed"],
        n_jobs=1,
    )
    model.fit(x[train], y[train])
    scores = model.predict_proba(x[test])[:, list(model.classes_).index(1)]
    preds = (scores >= p["threshold"]).astype(int)
    metrics = metrics_of(y[test], preds, scores)

    sk_params = {k: v for k, v in p.items() if k not in ("threshold", "test_size")}
    forest = export_forest(model, sk_params)
    test_idx = np.flatnonzero(test)
    self_idx = [i for i in test_idx if y[i] == 1][:8] + [i for i in test_idx if y[i] == 0][:8]
    self_rows = [{f: (str(raw.iloc[i][f]).strip() if f == "Type" else float(raw.iloc[i][f])) for f in FEATURES} for i in self_idx]
    self_proba = forest_proba(forest, x[self_idx])

    baseline = None
    if args.baseline_model:
        bmeta, bforest = load_baseline(args.baseline_model)
        t = bmeta.get("training", {})
        if t.get("seed") != p["seed"] or t.get("testSize") != p["test_size"]:
            print(f"warning: the baseline was split with seed {t.get('seed')} and test size {t.get('testSize')}, this run with "
                  f"{p['seed']} and {p['test_size']}: it may have trained on some of these held-out rows, which flatters it")
        bscores = forest_proba(bforest, encode_rows(raw.iloc[test_idx].to_dict("records"), bmeta["features"]))
        bpreds = (bscores >= float(bmeta["threshold"])).astype(int)
        baseline = (bscores, bpreds, metrics_of(y[test], bpreds, bscores))

    meta = {
        "name": args.name,
        "format": forest["format"],
        "formatVersion": 1,
        "trainer": {**TRAINER, "library": f"scikit-learn {sklearn.__version__}"},
        "features": FEATURES,
        "target": TARGET,
        "threshold": p["threshold"],
        "training": {
            "rows": int(train.sum()),
            "positives": int(y[train].sum()),
            "heldOut": int(test.sum()),
            "heldOutPositives": int(y[test].sum()),
            "files": [f.name for f in files],
            "dataDigest": digest,
            "seed": p["seed"],
            "testSize": p["test_size"],
            "splitMethod": SPLIT_METHOD,
        },
        "featureImportance": {f: round(v, 6) for f, v in zip(FEATURES, forest["featureImportance"])},
        "selfTest": {"rows": self_rows, "probabilities": [float(v) for v in self_proba]},
    }
    params_doc = {
        "model": "sklearn-random-forest",
        "trees": p["trees"],
        "max_depth": p["max_depth"],
        "min_samples_split": p["min_samples_split"],
        "min_samples_leaf": p["min_samples_leaf"],
        "max_features": p["max_features"],
        "class_weight": p["class_weight"],
        "threshold": p["threshold"],
        "seed": p["seed"],
        "split": {"method": SPLIT_METHOD, "test_size": p["test_size"]},
        "features": FEATURES,
    }
    header = ["UDI", "y_true", "candidate", "candidate_score"] + (["baseline", "baseline_score"] if baseline else [])
    lines = [",".join(header)]
    for k, i in enumerate(test_idx):
        cells = [str(int(udis[i])), str(int(y[i])), str(int(preds[k])), score_text(scores[k])]
        if baseline:
            cells += [str(int(baseline[1][k])), score_text(baseline[0][k])]
        lines.append(",".join(cells))

    out = Path(args.out)
    outputs = {
        "model.json": json.dumps(forest, separators=(",", ":")),
        "model-meta.json": to_json(meta),
        "metrics.json": to_json(metrics),
        "params.json": to_json(params_doc),
        "predictions.csv": "\n".join(lines) + "\n",
    }
    if baseline:
        outputs["baseline-metrics.json"] = to_json(baseline[2])
    written: list[Path] = []
    try:
        for name, text in outputs.items():
            write_atomic(out / name, text)
            written.append(out / name)
    except OSError as e:
        for w in written:
            w.unlink(missing_ok=True)
        raise UserError(f"{out}: cannot write the outputs ({e.strerror}). Check that the folder is writable.") from None

    print("held-out metrics: " + ", ".join(f"{k} {v:.4f}" for k, v in metrics.items()))
    if baseline:
        print("baseline on the same rows: " + ", ".join(f"{k} {v:.4f}" for k, v in baseline[2].items()))
    print(f"wrote {', '.join(str(w) for w in written)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
