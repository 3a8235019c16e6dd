"""Fundamentals: build, train and use a model (note 003, tutorial1 and its 回帰問題).

Replace each `raise NotImplementedError` with your code, then check it:

    tfkata check fundamentals.scale_pixels
    tfkata progress

Stuck? `tfkata hint fundamentals.scale_pixels` (add --level 2 for more).
"""

import os

import keras
import numpy as np


def scale_pixels(images):
    """Scale image pixels from 0..255 to floats in [0, 1].

    Images arrive as integers from 0 to 255 (uint8). Networks train best on small
    floats, so the first preprocessing step is to divide by 255. Note 003 lists
    preprocessing ("データを前処理してモデルで使用できるようにする") without code:
    this example is the kit's own.

    Args:
        images: an array of any shape with values 0..255, usually dtype uint8.

    Returns:
        an array of the same shape, floating point, 0 -> 0.0 and 255 -> 1.0.

    Watch out: integer division (`//`) keeps integers, so 200 // 255 is 0.
    """
    raise NotImplementedError


def normalize_features(train, test):
    """Normalise the columns of both sets with the *training* set's statistics.

    Features on different scales (a price in thousands next to a count of rooms)
    make training slow and unstable, so each column is shifted and scaled to mean 0
    and standard deviation 1. The statistics come from the training set only: the
    test set stands for data you have not seen yet, and it must not leak into
    training. Note 003 lists preprocessing without code (its callback example fits
    `normed_train_data`): this example is the kit's own.

    Args:
        train: float array (n_train, n_features).
        test: float array (n_test, n_features).

    Returns:
        (train_normalised, test_normalised): both as (x - train_mean) / train_std,
        column by column.
    """
    raise NotImplementedError


def sequential_model():
    """Build (do not compile) the note's multi-layer Sequential image classifier.

    Layers, in order (note 003, tutorial1):
        Flatten      28x28 images -> vectors of 784
        Dense(128, activation="relu")
        Dense(10, activation="softmax")   one probability per class

    Give the input shape with `keras.Input(shape=(28, 28))` as the first item (the
    Keras 3 way; `input_shape=(28, 28)` on Flatten still works but warns).

    Returns:
        the keras.Sequential model.
    """
    raise NotImplementedError


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    """Compile, train and evaluate a classifier, as in note 003's tutorial1.

    1. compile with optimizer "adam", loss "sparse_categorical_crossentropy"
       (the labels are integers) and metrics ["accuracy"];
    2. fit on the training data for `epochs` epochs (verbose=0 keeps it quiet);
    3. evaluate on the *test* data.

    Args:
        model: an uncompiled keras model with a softmax output.
        x_train, y_train, x_test, y_test: arrays; labels are integers.
        epochs: how many passes over the training data.

    Returns:
        (history, test_loss, test_accuracy): the History that fit() returns, and
        the two numbers that evaluate() returns for the test data.
    """
    raise NotImplementedError


def predict_labels(model, x, threshold=0.5):
    """Predict with a trained classifier and turn its outputs into labels.

    `model.predict(x)` gives probabilities, not labels (note 003):
      - a multiclass model gives one row of class probabilities per input:
        the label is the index of the largest, `np.argmax(probs, axis=1)`;
      - a binary model (one sigmoid unit) gives one probability per input,
        shape (N, 1): the label is 1 where it is above `threshold`, else 0.

    Returns:
        an integer array of shape (N,), one label per input.

    Keras 2's `model.predict_classes()` no longer exists.
    """
    raise NotImplementedError


def binary_classifier(vocab_size=10000):
    """Build and compile note 003's binary review classifier.

    Inputs are sequences of word ids (integers below `vocab_size`). Layers:
        Embedding(vocab_size, 16)     one 16-number vector per word
        GlobalAveragePooling1D()      average over the sequence
        Dense(16, activation="relu")
        Dense(1, activation="sigmoid")  the probability of "positive"

    Compile with optimizer "adam", loss "binary_crossentropy", metrics ["accuracy"].
    (A linear Dense(1) with keras.losses.BinaryCrossentropy(from_logits=True) is an
    equally correct head; a sigmoid *and* from_logits=True is not.)

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def multiclass_classifier(num_classes=10, one_hot=False):
    """Build and compile a classifier of 28x28 images into `num_classes` classes.

    Same layers as `sequential_model`, but with `num_classes` output units. The loss
    must match how the labels are written (note 003, 多項分類):
      - integer labels (3):                 "sparse_categorical_crossentropy"
      - one-hot labels ([0, 0, 0, 1, ...]):  "categorical_crossentropy"

    Compile with optimizer "adam" and metrics ["accuracy"].

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def regression_model(num_features):
    """Build and compile note 003's regression model (`build_model`).

    Layers: Dense(64, relu), Dense(64, relu), Dense(1) with no activation: the
    output is a number such as a price, not a probability. Input: `num_features`
    columns, `keras.Input(shape=(num_features,))`.

    Compile with loss "mse", optimizer keras.optimizers.RMSprop with learning rate
    0.001, and metrics ["mae", "mse"].

    Keras 3 spells it `RMSprop(learning_rate=0.001)` (or `RMSprop(0.001)`); the
    old `lr=` raises an error.

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def save_and_reload(model, folder):
    """Save a model in the Keras 3 format, load it back and measure the file.

    Save the whole model (architecture, weights, optimizer state) to one `.keras`
    file inside `folder` (say `model.keras`), load it again with
    keras.models.load_model, and report the file's size on disk in bytes. None of
    the notes saves a whole model: this exercise is the kit's own, after the
    TensorFlow Developer Certificate handbook ("Know how to save ML models and
    check the model file size").

    Keras 3 writes whole models to `.keras` files; `.h5` is the legacy format and a
    folder (the old SavedModel) is refused.

    Returns:
        (path, reloaded_model, size_in_bytes): the reloaded model is the new one
        load_model gives back, not the model you were given.
    """
    raise NotImplementedError
