"""The overfitting lab: note 003's 過学習 experiments, run with the learner's own functions.

IMDB reviews as multi-hot vectors of the NUM_WORDS most frequent words; the baseline,
smaller and bigger models trained alike for 20 epochs, validated on the test set as the
note does, and drawn by the learner's plot_history (capacity.png); then the baseline
against its L2 and dropout versions (remedies.png); results.md holds the numbers, and says
when they cannot show overfitting (the stand-in data is too easy). The data loading is the
fundamentals lab's (keras' own loader, --data DIR or imdb=DIR, its stand-in).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np

from .i18n import N_, _
from .lab import NOT_REPORTED, learner_functions, row, shown_progress, write_results
from .lab_fundamentals import data_folders, load
from .plots import single_points_shown

# Note 003 uses NUM_WORDS without setting it; TensorFlow's overfitting tutorial, which its
# code follows, sets NUM_WORDS = 10000.
NUM_WORDS = 10000
EPOCHS = 20  # the note's fit: epochs=20, batch_size=512
BATCH_SIZE = 512
L2_FACTOR = 0.001  # the note's keras.regularizers.l2(0.001)
DROPOUT_RATE = 0.5  # the note's keras.layers.Dropout(0.5)
KEY = "binary_crossentropy"
FUNCTIONS = ("capacity_models", "compare_capacity", "plot_history", "regularized_model", "dropout_model")

# What note 003 reports for each model: a plot and a sentence, no numbers.
NOTE = {
    "baseline": N_("not reported (OverFit.png only: Baseline と Bigger の train,val が早々に乖離)"),
    "smaller": N_("not reported (OverFit.png only)"),
    "bigger": N_("not reported (OverFit.png only: Baseline と Bigger の train,val が早々に乖離)"),
    "l2": N_("not reported (the l2_model's layers only, not trained)"),
    "dropout": N_("not reported (keras.layers.Dropout(0.5) only, not trained)"),
}


def multi_hot(sequences, num_words: int) -> np.ndarray:
    """One row per review: 1.0 at each word index it holds, as the tutorial's multi_hot_sequences."""
    rows = np.zeros((len(sequences), num_words), dtype="float32")
    for i, words in enumerate(sequences):
        rows[i, list(words)] = 1.0
    return rows


def _compare(fn: dict, models: dict, data: tuple, epochs: int, verbose: int) -> list:
    """The learner's compare_capacity, each fit showing Keras' progress."""
    with contextlib.ExitStack() as stack:
        for model in models.values():
            stack.enter_context(shown_progress(model, verbose))
        return list(fn["compare_capacity"](models, *data, epochs=epochs, batch_size=BATCH_SIZE))


def _curves(history) -> dict:
    return getattr(history, "history", history)


def summary(histories) -> dict:
    """{name: (best val cross-entropy, its epoch from 1, last-epoch val - train gap)}."""
    measured = {}
    for name, history in histories:
        curves = _curves(history)
        val, train = np.asarray(curves["val_" + KEY]), np.asarray(curves[KEY])
        best = int(np.argmin(val))
        measured[name] = (float(val[best]), best + 1, float(val[-1] - train[-1]))
    return measured


def lesson_unseen(measured: dict, epochs: int) -> str | None:
    """Why these numbers cannot show note 003's lesson, if they cannot: the baseline and bigger models
    are still at their best in the last epoch (as on the stand-in data, where the bigger is best); else None."""
    watched = ("baseline", "bigger")
    if not set(watched) <= set(measured) or any(measured[name][1] != epochs for name in watched):
        return None
    return _("The data is too easy (or the run too short) to show overfitting: the baseline and bigger models are "
             "still at their best in the last epoch ({epochs}), so neither has overfitted yet. Note 003's lesson, "
             "their validation loss rising after a few epochs while the training loss falls, needs the real IMDB "
             "reviews and the note's 20 epochs; the stand-in data of make-data is too easy for it.").format(
        epochs=epochs)


def results_table(measured: dict, num_words: int, epochs: int) -> str:
    """A markdown table: each model's numbers beside what note 003 reports; a warning when they cannot
    show the note's lesson."""
    lines = [_("IMDB multi-hot, {words} words, {epochs} epochs, batch size {batch}, validated on the test set "
               "(note 003: NUM_WORDS not set in the note; its tutorial's 10000)").format(
                 words=num_words, epochs=epochs, batch=BATCH_SIZE),
             "", row(_("model"), _("best val cross-entropy"), _("its epoch"), _("last-epoch gap (val - train)"),
                     _("note {number}").format(number="003")),
             "|---|---|---|---|---|"]
    lines += [row(name, f"{best:.4f}", epoch, f"{gap:.4f}", _(NOTE.get(name, NOT_REPORTED)))
              for name, (best, epoch, gap) in measured.items()]
    warning = lesson_unseen(measured, epochs)
    return "\n".join(lines + ([] if warning is None else ["", f"**{warning}**"])) + "\n"


def overfitting(target: Path, data=None, out="lab-output", epochs: int = EPOCHS, num_words: int = NUM_WORDS,
                seed: int = 42, verbose: int = 1) -> dict:
    """Capacity, then remedies, with the functions of `target`."""
    out, data = Path(out), data_folders(data, ("imdb",))
    fn = learner_functions(target, "overfitting", FUNCTIONS)
    import keras

    (x_train, y_train), (x_test, y_test) = load(keras.datasets.imdb.load_data, data["imdb"], num_words=num_words)
    out.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(seed)
    x_train, x_test = multi_hot(x_train, num_words), multi_hot(x_test, num_words)
    # a column, as the model's output: the "binary_crossentropy" metric wants the same rank
    y_train, y_test = (np.asarray(y, "float32").reshape(-1, 1) for y in (y_train, y_test))
    split = (x_train, y_train, x_test, y_test)

    print("\n" + _("capacity: baseline, smaller and bigger models on {train} IMDB reviews as multi-hot vectors "
                   "of {words} words, validated on {test}, {epochs} epochs").format(
        train=len(x_train), words=num_words, test=len(x_test), epochs=epochs))
    capacity = _compare(fn, dict(fn["capacity_models"](num_words)), split, epochs, verbose)
    single_points_shown(fn["plot_history"](capacity, key=KEY)).savefig(out / "capacity.png")

    print("\n" + _("remedies: the baseline with L2 regularisation ({factor}) and with dropout ({rate}), "
                   "{epochs} epochs").format(factor=L2_FACTOR, rate=DROPOUT_RATE, epochs=epochs))
    remedies = _compare(fn, {"l2": fn["regularized_model"](num_words, kind="l2", factor=L2_FACTOR),
                             "dropout": fn["dropout_model"](num_words, rate=DROPOUT_RATE)}, split, epochs, verbose)
    baseline = [pair for pair in capacity if pair[0] == "baseline"][:1]
    single_points_shown(fn["plot_history"](baseline + remedies, key=KEY)).savefig(out / "remedies.png")

    measured = summary(capacity + remedies)
    write_results(out, results_table(measured, num_words, epochs), ["capacity.png", "remedies.png"])
    return measured
