"""Overfitting: read training curves, and the remedies (note 003, 過学習; note 000's empty tuning heading).

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

    Note 003's plot_history compares the baseline, smaller and bigger models ("訓練済み
    モデルのプロットの損失と精度を確認する"): where a run's training and validation curves
    part, that model starts to overfit, and one axes shows which model parts first.

    What must hold, for each (name, history) pair, on one axes:
      - the validation curve, "val_" + key, dashed, and the training curve, key, solid,
        the two in one colour, the run's own;
      - both against the run's own epochs, counted from 1 as fit() prints them (0..,
        as History.epoch counts, passes too), the same epochs for both; runs may differ
        in length (one that EarlyStopping ended has fewer epochs);
      - each line labelled with the run's name and "Train" or "Val" (e.g. "Baseline Val");
    and a legend, the x axis labelled "Epochs", the y axis labelled with the key.

    Args:
        histories: a list of (name, history) pairs; each history a History or its dict.
        key: the metric to plot, e.g. "binary_crossentropy", "loss" or "accuracy".

    Returns:
        the matplotlib Figure (the grader reads its lines; showing a plot returns nothing).

    The grader will try three runs of 10, 10 and 6 epochs, as Histories and as dicts,
    with key "binary_crossentropy" and "accuracy".
    """
    raise NotImplementedError


def plot_accuracy_and_loss(history):
    """Plot one run's accuracy and loss, training against validation, as a pair of plots.

    Accuracy (0..1) and loss (0..anything) have different scales, so they get separate
    axes; on each, the training and the validation curve together show where they part.
    The notes draw no such pair: this layout (TensorFlow's transfer-learning tutorial
    draws it) is the kit's own.

    What must hold: two subplots, one above the other,
        top:    "accuracy" and "val_accuracy", labelled "Training Accuracy" and
                "Validation Accuracy"
        bottom: "loss" and "val_loss", labelled "Training Loss" and "Validation Loss"
    with a legend on each, training and validation against the same epochs.

    Args:
        history: a History or its dict, with the four keys above.

    Returns:
        the matplotlib Figure. `tfkata plot history.json` draws the same pair to a PNG.

    The grader will try a run of 10 epochs, as a History and as a dict.
    """
    raise NotImplementedError


def best_epoch(history):
    """The epoch at which the validation loss was lowest, counted from 1.

    After that epoch the model gets better on the training data but worse on data it has
    not seen: that epoch's weights are the ones to keep (EarlyStopping with
    restore_best_weights=True keeps them for you).

    What must hold: the epoch of the lowest "val_loss", not of "loss" (the training loss
    keeps falling when a model overfits), counted as fit() prints epochs ("Epoch 1/20"
    is the first). The notes read curves by eye: this rule and this count are the kit's
    own.

    Args:
        history: a History or its dict.

    Returns:
        an int from 1 to the number of epochs (a NumPy integer, as np.argmin gives, is one too).

    The grader will try runs whose best epoch comes early, late or last, as Histories
    and as dicts.
    """
    raise NotImplementedError


def overfits(history, patience=3):
    """Whether a run overfits: its training and validation curves part.

    A run overfits when the validation loss stopped improving while the training loss
    kept falling. The notes give no rule for this; this exercise assumes the kit's own
    rule, judged as EarlyStopping would judge it:
      - the lowest "val_loss" came at least `patience` epochs before the last epoch,
      - and the training "loss" at the last epoch is lower than at that best epoch.
    A validation loss that is merely above the training loss is normal (dropout and
    regularisation raise the training loss, unseen data is harder); one noisy epoch is
    not overfitting; and when the training loss rises too, the model is not learning at
    all (a learning rate too high), which is another problem.

    Args:
        history: a History or its dict with "loss" and "val_loss".
        patience: how many epochs without a better val_loss count as overfitting.

    Returns:
        True or False, in every case (NumPy's np.True_ and np.False_ are too).

    The grader will try each of those shapes of curves, and patience 2 and 3 on a run
    whose best val_loss is 2 epochs before its end.
    """
    raise NotImplementedError


def capacity_models(num_words=10000):
    """Build note 003's baseline, smaller and bigger models, to compare their capacity.

    "network の容量を減らす": more parameters learn the training set faster and overfit
    sooner; fewer learn slower and generalise longer. The right size lies in between:
    compare_capacity trains the three alike, and plot_history draws their curves.

    Each model takes multi-hot vectors of `num_words` words and has two hidden layers of
    the same size, relu, then one sigmoid output unit:
        baseline: 16 units, smaller: 4 units, bigger: 512 units.
    Each is compiled with the Adam optimizer, the binary_crossentropy loss, and the
    metrics "accuracy" and "binary_crossentropy" (the metric is what plot_history draws:
    the loss itself may hold penalties, the metric never does).

    Note 003 gives the input shape as input_shape=(NUM_WORDS,) on the first layer;
    Keras 3 still accepts that but warns: it wants the input declared first.

    Returns:
        {"baseline": model, "smaller": model, "bigger": model}, all compiled.

    The grader will try num_words=50.
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

    The grader trains three small models for 2 epochs in batches of 20 and checks each
    was fitted once, the given model itself, with those epochs, batch size and
    validation data.
    """
    raise NotImplementedError


def dropout_model(num_words=10000, rate=0.5):
    """The baseline model with a Dropout layer after each hidden layer ("dropout 層追加").

    Dropout zeroes a random share `rate` of its inputs *only while training* (and scales
    the rest up by 1 / (1 - rate)), so that no unit can count on another: the network
    overfits less. At inference (predict, evaluate, a call in inference mode) it passes
    everything through. Note 003: rates of 0.2 to 0.5 are usual.

    Layers: a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16
    units (relu), a dropout of `rate`, one sigmoid output unit; inputs of `num_words`;
    compiled like capacity_models. Never a dropout after the output: it would zero
    predictions.

    Returns:
        the compiled model.

    The grader will try rates 0.2 and 0.5, and calls in training mode (the outputs vary)
    and at inference (the same output every time).
    """
    raise NotImplementedError


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    """The baseline model with a weight penalty on both hidden layers' kernels.

    "重みの正則化": a penalty on large weights, added to the loss, keeps a network simple,
    and a simpler network overfits less. Two kinds:
        "l2": factor * sum(w ** 2) ("weight decay");
        "l1": factor * sum(|w|), which pushes weights to exactly 0.
    The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of
    both hidden layers of 16 units (relu); the output is one sigmoid unit; inputs and
    compile as in capacity_models. The note's keras.regularizers.l2(0.001), lower case,
    is the same penalty.

    The penalties appear in the model's losses and are added to the loss fit()
    minimises, so the training loss reads higher than the test cross-entropy, on purpose.
    Careful: the penalty named by a string alone ("l2") uses Keras's factor 0.01, not
    yours.

    Returns:
        the compiled model.

    The grader will try kind "l2" with factor 0.003 and "l1" with factor 0.0005.
    """
    raise NotImplementedError


def batchnorm_model(num_words=10000):
    """The baseline model with BatchNormalization after each hidden Dense layer.

    Where it goes: between a hidden layer and the next, commonly between the hidden
    layer's 16 units and their relu (after the relu also works), twice, then the sigmoid
    output unit. Never after the output: it would rescale the probabilities. Input and
    compile as in capacity_models.

    Note 003 lists batch normalisation unchecked, with no code: this placement is
    the kit's own assumption.

    What it trains: gamma (scale) and beta (shift) are trainable; the moving mean
    and moving variance are not trained but tracked: 2 + 2 weights per layer.

    Its two modes: while training it normalises with the statistics of the current
    batch (and updates the moving ones); at inference it uses the moving statistics, so
    a sample's output no longer depends on its batch.

    Returns:
        the compiled model.

    The grader checks the placement and the weights, and calls the model in both modes,
    one sample alone and in a batch.
    """
    raise NotImplementedError


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    """Pick note 003's remedies for a run, from its final accuracies.

    Remedies help only against the problem they fix ("拡張やドロップアウトなどの過剰適合を
    避けるための戦略を割り出す"): first diagnose, then pick. Use the names in REMEDIES
    (the British "regularisation", and any case, pass too).
    The notes give no thresholds; this exercise assumes these rules, the kit's own:
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
        a set of remedy names (an empty set when none is needed; a list or tuple of the names
        passes too).

    The grader will try images, text and tables, a gap of exactly 0.1 and of 0.15, a
    training accuracy of exactly 0.8, and overfitting with a low accuracy.
    """
    raise NotImplementedError


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    """Search every combination of learning rate, units and dropout; return the best.

    Hyperparameters (the learning rate, the size of a layer, the dropout rate) are not
    learnt by fit(): you choose them, by trying combinations and judging each on data
    the model did not train on. Note 000's "Hyperparameters tuning" heading is empty:
    this search and its score are the kit's own.

    What must hold, for every (learning_rate, units, dropout) of the three lists:
      - a new model: inputs shaped as one row of x, a hidden layer of `units` units
        (relu), a dropout of `dropout` (one of rate 0 may be left out), one sigmoid
        output unit;
      - compiled with the Adam optimizer at that learning rate, the binary_crossentropy
        loss and the "accuracy" metric;
      - fitted once, for `epochs` epochs, holding out `validation_split` of x, quietly;
      - scored by its last epoch's "val_accuracy": not its best epoch, not the training
        accuracy, not the validation loss.
    The best combination is the one with the highest score.

    (Keras Tuner, pip install keras-tuner, automates this with its grid search, but
    scores a run by its best epoch, not its last: plain loops are what this exercise
    asks for.)

    Returns:
        ({"learning_rate": ..., "units": ..., "dropout": ...}, best_score)

    The grader will try 2 learning rates, 2 unit counts and 2 dropouts (8 runs), 4
    epochs and validation_split 0.4, and knows what each run scores.
    """
    raise NotImplementedError
