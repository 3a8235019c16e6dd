"""Small data sets that a working model learns at once: made in memory, never downloaded."""

from __future__ import annotations

import numpy as np


def bright_rows(n: int, classes: int, size: int = 28, seed: int = 0):
    """Grey images whose class is the band of rows that is lit: (images, int labels)."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, classes, n)
    images = rng.uniform(0.0, 0.1, (n, size, size)).astype("float32")
    band = size // classes
    for image, label in zip(images, labels):
        image[label * band:(label + 1) * band] += 0.9
    return images, labels


def word_sequences(n: int, vocab_size: int, length: int = 12, seed: int = 0):
    """Sequences of word ids; label 1 uses only the lower half of the vocabulary."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, n)
    half = vocab_size // 2
    low = rng.integers(1, half, (n, length))
    high = rng.integers(half, vocab_size, (n, length))
    sequences = np.where(labels[:, None] == 1, low, high).astype("int32")
    return sequences, labels.astype("float32")


def linear_targets(n: int, features: int, seed: int = 0):
    """Features and a target that is a fixed linear mix of them."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, features)).astype("float32")
    return x, (x @ rng.normal(size=features)).astype("float32")


def image_folders(root, classes=("cats", "dogs"), per_class: int = 6, size=(32, 32), seed: int = 0):
    """A class-folder image data set, root/<class>/<class>_NNN.png, each class its own colour.

    The layout image_dataset_from_directory and flow_from_directory read; the colours
    make the classes easy to tell apart. Returns ``root`` as a Path.
    """
    from pathlib import Path

    import tensorflow as tf

    root = Path(root)
    rng = np.random.default_rng(seed)
    for index, name in enumerate(classes):
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        colour = (np.array([index * 97, 255 - index * 61, index * 151]) % 256).astype("float32")
        for number in range(per_class):
            noise = rng.normal(0, 12, (*size, 3))
            image = np.clip(colour + noise, 0, 255).astype("uint8")
            tf.io.write_file(str(folder / f"{name}_{number:03d}.png"), tf.io.encode_png(image))
    return root


def table_records(n: int, names=("a", "b", "c"), classes: int = 3, seed: int = 0, label: str = "label"):
    """Rows of a small table as dicts: distinct two-decimal features and an int label."""
    rng = np.random.default_rng(seed)
    values = np.round(rng.uniform(-50, 50, (n, len(names))), 2)
    labels = rng.integers(0, classes, n)
    return [{**{name: float(v) for name, v in zip(names, row)}, label: int(y)} for row, y in zip(values, labels)]


def write_csv(path, records, columns):
    """Write records as CSV with a header, in ``columns`` order; a None value is an empty field."""
    lines = [",".join(columns)]
    lines += [",".join("" if r[c] is None else str(r[c]) for c in columns) for r in records]
    path.write_text("\n".join(lines) + "\n")
    return path


def write_json(path, records, lines: bool = False):
    """Write records as one JSON array, or as JSON lines (one object per line, no newline after the last: a
    reader that drops the last piece of the text as an empty line loses an object)."""
    import json

    text = "\n".join(json.dumps(r) for r in records) if lines else json.dumps(records, indent=1)
    path.write_text(text)
    return path
def history_of(curves: dict[str, list[float]]):
    """A keras History as fit() returns it, made without training: instant."""
    import keras

    history = keras.callbacks.History()
    history.history = {key: list(values) for key, values in curves.items()}
    history.epoch = list(range(len(next(iter(curves.values())))))
    return history
