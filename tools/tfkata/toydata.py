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


def history_of(curves: dict[str, list[float]]):
    """A keras History as fit() returns it, made without training: instant."""
    import keras

    history = keras.callbacks.History()
    history.history = {key: list(values) for key, values in curves.items()}
    history.epoch = list(range(len(next(iter(curves.values())))))
    return history
