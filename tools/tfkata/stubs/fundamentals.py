"""Fundamentals: build, train and use a model (note 003, tutorial1 and its 回帰問題).

Every function works from its arguments alone, as it may be called again with others: it
changes neither them, nor this module's variables, nor the program's settings (Keras'
dtype policy, float type and image layout, NumPy's error handling, the working folder),
and makes anew the models and callbacks it returns.
A layer's activation may be a layer of its own right after it (Activation("relu"),
Softmax()), a relu may come after the Dropout that follows its Dense, and a Reshape to one
axis may stand for Flatten(): the graders read each as the one layer it is.
A model holds Keras' own layers only: a Lambda layer, or a function of your own in
a layer (a regularizer, an activation), is code that a class's grading cannot load.

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
    floats, so the first preprocessing step brings every pixel into [0, 1]. Note 003
    lists preprocessing ("データを前処理してモデルで使用できるようにする") without code:
    this example is the kit's own.

    Args:
        images: an array of any shape with values 0..255, usually dtype uint8.

    Returns:
        a NumPy array (not a tensor) of the same shape, floating point, each value the pixel divided by
        255: 0 -> 0.0, 255 -> 1.0.

    The grader will try uint8 arrays of many shapes (one to four axes): an answer
    whose result stays integer (200 -> 0) fails.
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

    The grader will try columns on very different scales, and a test set whose own
    means and spreads differ from the training set's.
    """
    raise NotImplementedError


def sequential_model():
    """Build (do not compile) the note's multi-layer Sequential image classifier.

    Note 003's tutorial1 classifies 28x28 grayscale images into 10 classes with the
    smallest deep network: flatten the picture, learn features in one hidden layer,
    give one probability per class.

    Layers, in order:
        a flattening of each 28x28 image into a vector of 784
        a hidden layer of 128 units, relu
        an output layer of 10 units, softmax: one probability per class

    Keras 3 note: note 003 gives the input shape as input_shape=(28, 28) on its first
    layer. Keras 3 still accepts that but warns: it wants the input declared first,
    as the model's own input.

    Returns:
        a keras.Sequential model that takes (batch, 28, 28) and gives (batch, 10).
    """
    raise NotImplementedError


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    """Compile, train and evaluate a classifier, as in note 003's tutorial1.

    The cycle of every Keras model: say how it learns (optimizer, loss, metric), train
    it on the training data, then measure it on test data it has never seen. Only that
    last measure tells how well it generalises.

    Args:
        model: an uncompiled keras model with a softmax output.
        x_train, y_train, x_test, y_test: arrays; the labels are integers (3, not one-hot).
        epochs: how many passes over the training data.

    Compiled with the Adam optimizer, the sparse_categorical_crossentropy loss (the
    labels are integers) and the "accuracy" metric, as the note does ("acc" or the metric object
    do the same).

    Returns:
        (history, test_loss, test_accuracy): the History of the training run, and the
        loss and accuracy measured on the *test* data.

    The grader will try epochs=2 on a small three-class problem, and checks the two
    numbers are the test data's, not the training data's.
    """
    raise NotImplementedError


def predict_labels(model, x, threshold=0.5):
    """Predict with a trained classifier and turn its outputs into labels.

    A model predicts probabilities, not labels ("モデルを使用して結果を予測する",
    note 003): to answer "which class?" you read the probabilities.
      - a multiclass model gives one row of class probabilities per input: the label
        is the position of the largest in its row;
      - a binary model (one sigmoid unit) gives one probability per input, shape
        (N, 1): the label is 1 where it is above `threshold`, else 0 (exactly at
        the threshold is 0).

    Args:
        model: a trained keras classifier, multiclass (softmax) or binary (one sigmoid unit).
        x: a batch of N inputs.
        threshold: the binary cut-off.

    Returns:
        an integer NumPy array (not a tensor) of shape (N,), one label per input.

    The grader will try a multiclass model on batches of 1 and 13 inputs, and a binary
    model with thresholds 0.5 and 0.8.

    Keras 2's predict_classes method no longer exists in Keras 3: this step is yours.
    """
    raise NotImplementedError


def binary_classifier(vocab_size=10000):
    """Build and compile note 003's binary review classifier (二項分類).

    A review is a sequence of word ids (integers below `vocab_size`). The model learns
    one small vector per word, averages the vectors over the review, and turns that
    average into the probability that the review is positive.

    Layers, in order:
        an embedding of `vocab_size` words, 16 numbers per word
        an average over the sequence (GlobalAveragePooling1D)
        a hidden layer of 16 units, relu
        an output of 1 unit, sigmoid: the probability of "positive"

    Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy"
    metric. (A linear one-unit output with a binary cross-entropy that takes logits,
    from_logits=True, is an equally correct head, with an accuracy thresholded at the
    logit 0, keras.metrics.BinaryAccuracy(threshold=0.0); a sigmoid *and* from_logits=True
    is not.)

    Returns:
        the compiled model.

    The grader will try the default vocab_size and vocab_size=20, and trains the model
    a little on word-id sequences it can learn.
    """
    raise NotImplementedError


def multiclass_classifier(num_classes=10, one_hot=False):
    """Build and compile a classifier of 28x28 images into `num_classes` classes.

    The same layers as `sequential_model`, but with `num_classes` output units. The loss
    must match how the labels are written (note 003, 多項分類): a softmax output is only
    right with the loss that reads its labels.
      - integer labels (3): the sparse_categorical_crossentropy loss;
      - one-hot labels ([0, 0, 0, 1, ...]), when `one_hot` is True: categorical_crossentropy.

    Compiled with the Adam optimizer and the "accuracy" metric.

    Args:
        num_classes: how many classes, one output unit each.
        one_hot: whether the labels it will train on are one-hot rows.

    Returns:
        the compiled model.

    The grader will try 2 to 12 classes with either kind of label, and trains it a
    little on both kinds.
    """
    raise NotImplementedError


def regression_model(num_features):
    """Build and compile note 003's regression model (回帰問題, its build_model).

    A regression predicts a number, such as a price, not a class: the output has no
    activation, and the loss measures how far the number is from its target.

    Layers, in order, for inputs of `num_features` columns:
        a hidden layer of 64 units, relu
        a hidden layer of 64 units, relu
        an output of 1 unit, no activation

    Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001 and the
    metrics mae and mse, as the note does.

    Keras 3 names the optimizer's rate learning_rate (or takes it first, as the note
    writes it); Keras 2's lr= raises an error.

    Returns:
        the compiled model.

    The grader will try num_features=9 and 4, and trains the model a little on a
    linear target.
    """
    raise NotImplementedError


def save_and_reload(model, folder):
    """Save a model in the Keras 3 format, load it back and measure the file.

    A saved model is only useful if it loads back whole (architecture, weights,
    optimizer state), and its size on disk is what you ship. None of the notes saves
    a whole model: this exercise is the kit's own, after the TensorFlow Developer
    Certificate handbook ("Know how to save ML models and check the model file size").

    Args:
        model: a compiled keras model.
        folder: an existing folder to save into; the file's name is yours (say
            model.keras).

    Returns:
        (path, reloaded_model, size_in_bytes): where the file is; the new model that
        loading the file gives back, not the model you were given; the file's size on
        disk, in bytes.

    Keras 3 writes whole models to one `.keras` file; `.h5` is the legacy format and a
    folder (the old SavedModel) is refused.

    The grader checks the file is inside `folder` and ends in .keras, and that the
    reloaded model predicts as the saved one.
    """
    raise NotImplementedError
