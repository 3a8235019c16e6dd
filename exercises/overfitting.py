"""Overfitting: read training curves, and the remedies (note 003, 過学習; note 000's empty tuning heading).

Replace each `raise NotImplementedError` with your code, then check it:

    tfkata check overfitting.plot_history
    tfkata progress

Stuck? `tfkata hint overfitting.plot_history` (add --level 2 for more).

Histories: `model.fit(...)` returns a keras History; its `.history` is a dict of
lists, one value per epoch: {"loss": [...], "val_loss": [...], "accuracy": [...], ...}.
Every function here that takes a history accepts either form:
`curves = getattr(history, "history", history)`.
Save one for `tfkata plot` with `json.dump(history.history, open("history.json", "w"))`.
"""

import itertools

import keras
import matplotlib.pyplot as plt
import numpy as np

# Note 003's strategies against overfitting, plus the opposite of a smaller network.
REMEDIES = ("more data", "augmentation", "dropout", "smaller network", "bigger network",
            "regularization", "batch norm")


def plot_history(histories, key="binary_crossentropy"):
    """Plot the training and validation curves of `key` for several runs on one axes.

    Note 003's `plot_history` compares the baseline, smaller and bigger models: for
    each (name, history) pair, draw the validation curve `"val_" + key` (dashed) and
    the training curve `key` (same colour, solid) against the epoch. Label each line
    with the run's name and "Train" or "Val" (e.g. "Baseline Val"), call
    `ax.legend()`, and label the x axis "Epochs" and the y axis with the key.
    Where train and validation curves part, the model starts to overfit.

    Use the object API, `fig, ax = plt.subplots()`, then `ax.plot(epochs, values, "--",
    label=...)`; a dict has no `.epoch`, so use `range(1, len(values) + 1)`, run by run: a
    run that EarlyStopping ended has fewer epochs than the others.

    Args:
        histories: a list of (name, history) pairs; each history a History or its dict.
        key: the metric to plot, e.g. "binary_crossentropy", "loss" or "accuracy".

    Returns:
        the matplotlib Figure (the grader reads its lines; plt.show() alone returns nothing).
    """
    raise NotImplementedError


def plot_accuracy_and_loss(history):
    """Plot one run's accuracy and loss, training against validation, as a pair of plots.

    Two subplots, one above the other, `fig, (top, bottom) = plt.subplots(2, 1)`:
      top:    "accuracy" and "val_accuracy", labelled "Training Accuracy" and
              "Validation Accuracy"
      bottom: "loss" and "val_loss", labelled "Training Loss" and "Validation Loss"
    with a legend on each. Accuracy (0..1) and loss (0..anything) have different
    scales, which is why they get separate axes. The notes draw no such pair: this
    layout (TensorFlow's transfer-learning tutorial draws it) is the kit's own.

    Args:
        history: a History or its dict, with the four keys above.

    Returns:
        the matplotlib Figure. `tfkata plot history.json` draws the same pair to a PNG.
    """
    raise NotImplementedError


def best_epoch(history):
    """The epoch at which the validation loss was lowest, counted from 1.

    After that epoch the model gets better on the training data but worse on data it
    has not seen: the weights of that epoch are the ones to keep (EarlyStopping
    with restore_best_weights=True keeps them for you).

    Look at "val_loss", not "loss": the training loss keeps falling when a model
    overfits. Count epochs as fit() prints them ("Epoch 1/20" is the first), so
    `np.argmin(...)` needs a + 1. The notes read curves by eye: this rule and this
    count are the kit's own.

    Args:
        history: a History or its dict.

    Returns:
        an int from 1 to the number of epochs.
    """
    raise NotImplementedError


def overfits(history, patience=3):
    """Whether a run overfits: its training and validation curves part.

    A run overfits when the validation loss stopped improving while the training
    loss kept falling. The notes give no rule for this; this exercise assumes the
    kit's own rule, judged as EarlyStopping would judge it:
      - the lowest "val_loss" came at least `patience` epochs before the last epoch,
      - and the training "loss" at the last epoch is lower than at that best epoch.
    A validation loss that is merely above the training loss is normal (dropout and
    regularisation raise the training loss, unseen data is harder); one noisy
    epoch is not overfitting; and when the training loss rises too, the model is
    not learning at all (a learning rate too high), which is another problem.

    Args:
        history: a History or its dict with "loss" and "val_loss".
        patience: how many epochs without a better val_loss count as overfitting.

    Returns:
        True or False.
    """
    raise NotImplementedError


def capacity_models(num_words=10000):
    """Build note 003's baseline, smaller and bigger models, to compare their capacity.

    Inputs are multi-hot vectors of `num_words` words, `keras.Input(shape=(num_words,))`.
    Each model: Dense(units, relu), Dense(units, relu), Dense(1, sigmoid), with
      baseline: 16 units, smaller: 4 units, bigger: 512 units.
    Compile each with optimizer "adam", loss "binary_crossentropy" and
    metrics ["accuracy", "binary_crossentropy"] (the metric is what plot_history
    draws: the loss itself may hold penalties, the metric never does).

    More parameters learn the training set faster and overfit sooner; fewer learn
    slower and generalise longer. The right size lies in between: compare_capacity
    trains the three alike, and plot_history draws their curves side by side.

    Returns:
        {"baseline": model, "smaller": model, "bigger": model}, all compiled.
    """
    raise NotImplementedError


def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    """Train note 003's models the same way and return their histories for plot_history.

    The note's point about capacity is the comparison of the three runs' training and
    validation curves; a comparison is fair only if every model is trained alike: the
    same training data, epochs and batch size, validated on the same held-out data.

    Arguments:
        models: {name: compiled model}, e.g. capacity_models()'s three, fitted in the
            order given (the grader's names and order are its own).
        train_data, train_labels: what each model trains on.
        val_data, val_labels: what each model is validated on after every epoch
            (the note passes its test set here).
        epochs, batch_size: the same for every model (the note: 20 and 512).

    Returns:
        [(name, history), ...]: one pair per model, in the order of `models`, each
        history as fit() returned it (a History; its .history dict is accepted too).
        This is what plot_history(histories) takes.

    The grader trains three small models for a few epochs with its own arguments and
    checks each was fitted once, with those epochs, batch size and validation data.
    """
    raise NotImplementedError


def dropout_model(num_words=10000, rate=0.5):
    """The baseline model with a Dropout layer after each hidden layer.

    Layers: Dense(16, relu), Dropout(rate), Dense(16, relu), Dropout(rate),
    Dense(1, sigmoid); input `keras.Input(shape=(num_words,))`; compiled like
    capacity_models. Note 003: rates of 0.2 to 0.5 are usual.

    Dropout zeroes a random `rate` of its inputs *only while training* (and scales
    the rest up by 1 / (1 - rate)); at inference (predict, evaluate,
    `model(x, training=False)`) it passes everything through. Never put it after
    the output layer: that would zero predictions.

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    """The baseline model with a weight penalty on both hidden layers' kernels.

    Give each hidden Dense(16, relu) `kernel_regularizer=keras.regularizers.L2(factor)`
    (kind "l2": factor * sum(w ** 2), "weight decay") or `keras.regularizers.L1(factor)`
    (kind "l1": factor * sum(|w|), which pushes weights to exactly 0). The note's
    `keras.regularizers.l2(0.001)` is the same thing. Output Dense(1, sigmoid);
    input and compile as in capacity_models.

    The penalties appear in `model.losses` and are added to the loss fit() minimises,
    so the training loss reads higher than the test cross-entropy, on purpose.
    Careful: `kernel_regularizer="l2"` uses the default factor 0.01, not yours.

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def batchnorm_model(num_words=10000):
    """The baseline model with BatchNormalization after each hidden Dense layer.

    Where it goes: between a hidden layer and the next, commonly Dense(16) ->
    BatchNormalization() -> Activation("relu") (after the activation also works),
    twice, then Dense(1, sigmoid). Never after the output: it would rescale the
    probabilities. Input and compile as in capacity_models.

    Note 003 lists batch normalisation unchecked, with no code: this placement is
    the kit's own assumption.

    What it trains: gamma (scale) and beta (shift) are trainable; the moving mean
    and moving variance are not trained but tracked: 2 + 2 weights per layer.

    Its two modes: while training it normalises with the statistics of the current
    batch (and updates the moving ones); at inference (`training=False`) it uses the
    moving statistics, so a sample's output no longer depends on its batch.

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    """Pick note 003's remedies for a run, from its final accuracies.

    Use the names in REMEDIES. The notes give no thresholds; this exercise assumes
    these rules, the kit's own:
      - overfitting, when train_accuracy - val_accuracy > 0.1: "more data",
        "dropout", "smaller network", "regularization", and "augmentation" only
        when `inputs == "images"` (flips and rotations make new images; a flipped
        sentence or table row is not a new example);
      - underfitting, when it does not overfit but train_accuracy < 0.8: the model
        is too small to learn, and shrinking it would make it worse: "bigger network";
      - otherwise the run is fine: no remedy.
    "batch norm" (unchecked in the note) mostly speeds training up; you may add it
    anywhere, it is neither required nor wrong.

    Returns:
        a set of remedy names (an empty set when none is needed).
    """
    raise NotImplementedError


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    """Search every combination of learning rate, units and dropout; return the best.

    Note 000's "Hyperparameters tuning" heading is empty: this search and its score
    are the kit's own. For each (learning_rate, units, dropout) in
    `itertools.product(...)`, build `keras.Input(shape=x.shape[1:])`,
    Dense(units, relu), Dropout(dropout), Dense(1, sigmoid); compile with
    `keras.optimizers.Adam(learning_rate=...)`, loss "binary_crossentropy",
    metrics ["accuracy"]; fit for `epochs` with
    `validation_split=validation_split` and verbose=0. Its score is the last
    epoch's "val_accuracy": judge on data the model did not train on, never on
    the training accuracy. Keep the best score.

    (Keras Tuner, `pip install keras-tuner`, automates this with
    `keras_tuner.GridSearch`, but scores a run by its best epoch, not its last:
    plain loops are what this exercise asks for.)

    Returns:
        ({"learning_rate": ..., "units": ..., "dropout": ...}, best_score)
    """
    raise NotImplementedError
