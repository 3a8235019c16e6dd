"""Graders for the callbacks section (note 003 tutorial3's callbacks; note 001).

Thresholds and printing are judged by calling the callback's own methods, which
is instant; one short real fit per exercise proves it works inside model.fit.
"""

import contextlib
import datetime
import io
import os
import re
import tempfile
import uuid

import keras
import numpy as np
import pytest
from tfkata import checks
from tfkata.i18n import N_, _
from tfkata.problems import Mistake

L = keras.layers
exercise = pytest.mark.exercise


class _StubModel:
    """What a callback sees as self.model when its methods are called by hand."""
    stop_training = False


def _expect_callback(obj, kind=keras.callbacks.Callback, how=None):
    return checks.expect_instance(obj, kind, how or _("subclass keras.callbacks.Callback and return an instance"))


def _separable(n=64):
    """Two classes split by the sign of the first feature: a sigmoid unit learns them in a few epochs."""
    x = np.random.default_rng(0).normal(size=(n, 2)).astype("float32")
    return x, (x[:, 0] > 0).astype("float32")


def _classifier():
    model = keras.Sequential([keras.Input((2,)), L.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="binary_crossentropy", metrics=["accuracy"])
    return model


def _printed(call) -> str:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        call()
    return out.getvalue()


# ------------------------------------------------------------ ending training

@exercise("callbacks.stop_at_accuracy")
@pytest.mark.parametrize("first", [0.98, 0.5])
def test_stop_at_accuracy_threshold(learner, first):
    # Both callbacks are made before either is used: a threshold kept anywhere but on its own instance shows.
    thresholds = sorted({first, 0.98, 0.5, 0.57}, key=lambda t: t != first)  # 0.57 * 100 is 56.99...
    callbacks = {threshold: _expect_callback(learner(threshold=threshold)) for threshold in thresholds}
    for threshold, callback in callbacks.items():
        other = next((t for t in callbacks if t != threshold and not _misses(callback, t)), None)
        if _misses(callback, threshold) and other is not None:
            raise Mistake(_("threshold of the callback made with {threshold}").format(threshold=threshold),
                          _("{other}, the other callback's").format(other=other), threshold,
                          _("keep the threshold on the instance (self.threshold = threshold in __init__), not on the "
                            "class or in a global: each callback has its own"))
        _expect_threshold(callback, threshold)


def _misses(callback, threshold) -> bool:
    """Whether the callback stops otherwise than at ``threshold``."""
    try:
        _expect_threshold(callback, threshold)
    except Mistake:
        return True
    return False


LOGS_READ_ONLY = N_("read the logs, never change them (logs.get, not logs.pop): the callbacks after yours and the "
                    "History read the same dict")


def _epoch_end(callback, epoch, logs) -> _StubModel:
    """The model the callback saw at the end of an epoch with these logs, which it must leave as they were."""
    model, given = _StubModel(), dict(logs)
    callback.set_model(model)
    callback.on_epoch_end(epoch, logs=logs)
    if logs != given:
        raise Mistake(_("the logs after on_epoch_end"), logs, given, _(LOGS_READ_ONLY))
    return model


def _expect_threshold(callback, threshold):
    for accuracy, stops in ((threshold - 0.001, False), (threshold, True), (threshold + 0.01, True)):
        model = _epoch_end(callback, 3, {"loss": 0.1, "accuracy": accuracy})
        if bool(model.stop_training) != stops:
            raise Mistake(_("at accuracy {accuracy} (threshold {threshold})").format(
                              accuracy=f"{accuracy:g}", threshold=f"{threshold:g}"),
                          _("stopped") if model.stop_training else _("kept training"),
                          _("stopped") if stops else _("kept training"),
                          _("stop when logs['accuracy'] >= threshold: this exercise reads 'reaches' as >= , not >"))
    model = _epoch_end(callback, 3, {"loss": 0.1, "accuracy": threshold - 0.01, "val_accuracy": threshold + 0.01})
    if model.stop_training:
        raise Mistake(_("at accuracy {accuracy}, val_accuracy {val} (threshold {threshold})").format(
                          accuracy=f"{threshold - 0.01:g}", val=f"{threshold + 0.01:g}", threshold=f"{threshold:g}"),
                      _("stopped"), _("kept training"),
                      _("watch logs['accuracy'], the training accuracy the docstring names, and only it"))
    model = _epoch_end(callback, 0, {"loss": 0.1, "accuracy": threshold + 0.01})
    if not model.stop_training:
        raise Mistake(_("the first epoch, at accuracy {accuracy}").format(accuracy=f"{threshold + 0.01:g}"),
                      _("kept training"), _("stopped"),
                      _("every epoch counts, the first (epoch 0) too: stop whenever an epoch ends at the threshold"))


@exercise("callbacks.stop_at_accuracy")
def test_stop_at_accuracy_ends_fit(learner):
    model = _classifier()
    history = model.fit(*_separable(), batch_size=64, epochs=40, verbose=0, callbacks=[learner(threshold=0.9)])
    if "accuracy" not in history.history:
        raise Mistake(_("the History's curves"), sorted(history.history), _("accuracy among them"), _(LOGS_READ_ONLY))
    accuracies = history.history["accuracy"]
    if len(accuracies) == 40 or accuracies[-1] < 0.9:
        raise Mistake(_("training"), _("{epochs} epochs, last accuracy {accuracy}").format(
                          epochs=len(accuracies), accuracy=f"{accuracies[-1]:.3f}"),
                      _("a stop at the first epoch with accuracy >= 0.9"),
                      _("set self.model.stop_training = True in on_epoch_end"))
    if any(a >= 0.9 for a in accuracies[:-1]):
        raise Mistake(_("training"), _("accuracies {values}").format(values=np.round(accuracies, 3).tolist()),
                      _("a stop at the first epoch >= 0.9"), _("check the threshold at the end of every epoch"))


def _rise_and_fall(callbacks, epochs=12):
    """A one-weight model that walks from 0 to 2; val_loss, (w - 1)² + 2.25, is lowest near w = 1 (epoch index 2,
    w = 0.976) and never below 2.25: a baseline or threshold that a loss must beat first is never beaten.

    Returns (model, the weight after each epoch, val_loss after each epoch).
    """
    model = keras.Sequential([keras.Input((1,)), L.Dense(1, use_bias=False, kernel_initializer="zeros")])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    weights = []
    record = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: weights.append(_weight(model)))
    history = model.fit(np.ones((8, 1)), np.full((8, 1), 2.0), batch_size=8, epochs=epochs, verbose=0,
                        validation_data=(np.ones((2, 1)), np.array([[-0.5], [2.5]])), callbacks=[record, *callbacks])
    return model, weights, history.history["val_loss"]


def _weight(model) -> float:
    return float(np.asarray(model.layers[-1].kernel)[0, 0])


@exercise("callbacks.early_stopping")
def test_early_stopping(learner):
    callback = _expect_callback(learner(patience=2), keras.callbacks.EarlyStopping,
                                _("return keras.callbacks.EarlyStopping(...)"))
    if callback.monitor != "val_loss":
        raise Mistake("monitor", callback.monitor, "val_loss",
                      _("note 003 watches the validation loss: monitor='val_loss'"))
    if callback.min_delta:
        raise Mistake("min_delta", abs(callback.min_delta), 0,
                      _("any fall of val_loss is an improvement here: leave min_delta at its default, 0"))
    for patience, made in ((2, learner(patience=2)), (7, learner(patience=7)), (0, learner(patience=0))):
        if made.patience != patience:
            raise Mistake(_("patience for patience={patience}").format(patience=patience), made.patience, patience,
                          _("pass patience=patience"))
    model, weights, val_losses = _rise_and_fall([callback])
    best = int(np.argmin(val_losses))
    if len(weights) != best + 3 and getattr(callback, "baseline", None) is not None:
        raise Mistake("baseline", callback.baseline, None,
                      _("with a baseline, no epoch counts as an improvement until val_loss beats it: training stops "
                        "after patience epochs of any loss above it. Leave baseline out"))
    if len(weights) != best + 3:
        raise Mistake(_("stop"), _("after {epochs} epochs").format(epochs=len(weights)),
                      _("after {epochs}: 2 epochs past the best, epoch {best}").format(epochs=best + 3, best=best + 1),
                      _("patience=2 waits two epochs without improvement in val_loss, then stops"))
    if not np.isclose(_weight(model), weights[best]):
        raise Mistake(_("weights after training"),
                      _("{weight} (epoch {epoch}'s)").format(weight=f"{_weight(model):.3f}", epoch=len(weights)),
                      _("{weight} (epoch {epoch}'s, the lowest val_loss)").format(weight=f"{weights[best]:.3f}",
                                                                                   epoch=best + 1),
                      _("restore_best_weights=True puts back the best epoch's weights when training stops"))


@exercise("callbacks.best_checkpoint")
def test_best_checkpoint(learner, tmp_path):
    learner(str(tmp_path))  # a callback for each call: one's best val_loss so far is not the next's
    callback = _expect_callback(learner(str(tmp_path)), keras.callbacks.ModelCheckpoint,
                                _("return keras.callbacks.ModelCheckpoint(...)"))
    path = os.fspath(callback.filepath)
    if not path.endswith(".weights.h5") or not callback.save_weights_only:
        raise Mistake(_("checkpoint"), f"{os.path.basename(path)}, save_weights_only={callback.save_weights_only}",
                      _("a .weights.h5 file with save_weights_only=True"),
                      _("Keras 3 saves weights alone to files ending in .weights.h5 (note 001's .ckpt is gone)"))
    weights, val_losses = _rise_and_fall([callback], epochs=6)[1:]
    checks.expect_file_in(path, tmp_path, "os.path.join(folder, 'best.weights.h5')", _("checkpoint file"))
    saved = keras.Sequential([keras.Input((1,)), L.Dense(1, use_bias=False)])
    saved.load_weights(path)
    best = int(np.argmin(val_losses))
    if not np.isclose(_weight(saved), weights[best]):
        raise Mistake(_("saved weights"), f"{_weight(saved):.3f}",
                      _("{weight}, epoch {epoch}'s (lowest val_loss)").format(weight=f"{weights[best]:.3f}",
                                                                               epoch=best + 1),
                      _("save_best_only=True with monitor='val_loss' writes the file only when val_loss improves"))


# ------------------------------------------------------------ watching training

# The clock while the learner's code makes log folders: no two of its fields agree (in UTC, and in local time
# wherever the hour cannot reach 28, 47 or 51), so a format that mixes two of them up (%m for %M) shows.
RUN_STARTS = datetime.datetime(2025, 3, 28, 15, 51, 47, 535897, tzinfo=datetime.timezone.utc)


@exercise("callbacks.create_tensorboard_callback")
def test_create_tensorboard_callback(learner, tmp_path):
    root = tmp_path / "transfer_learning"
    callbacks = []
    for run in range(2):  # the second run 1.234 ms after the first: in the same second, not the same microsecond
        with checks.clock_at(learner, RUN_STARTS + datetime.timedelta(microseconds=1234 * run)):
            callbacks.append(_expect_callback(learner(str(root), "feature_extract"), keras.callbacks.TensorBoard,
                                              _("return keras.callbacks.TensorBoard(log_dir=...)")))
    folders = [os.path.abspath(os.fspath(c.log_dir)) for c in callbacks]
    relative = os.path.relpath(folders[0], root)
    if relative.startswith(".."):
        raise Mistake(_("log folder"), folders[0], _("a folder under {root}").format(root=root),
                      _("start the path with dir_name"))
    parts = relative.split(os.sep)
    if "feature_extract" not in parts:
        raise Mistake(_("log folder"), relative, _("feature_extract/<timestamp>"),
                      _("put the experiment's name in the path"))
    stamp = parts[parts.index("feature_extract") + 1:]
    if not stamp or not re.search(r"20\d\d-?[01]\d-?[0-3]\d", "".join(stamp)):
        raise Mistake(_("log folder"), relative, _("feature_extract/<date and time>, e.g. 20250101-120000-123456"),
                      _("add a timestamp so that every run logs to its own folder"))
    if parts[:-1] != ["feature_extract"]:
        raise Mistake(_("log folder"), relative, _("feature_extract/<timestamp>: the run's folder right under the "
                                                    "experiment's"),
                      _("one folder per level: os.path.join(dir_name, experiment_name, timestamp), the timestamp a "
                        "single name"))
    digits = re.sub(r"\D", "", "".join(stamp))
    instants = {(moment + datetime.timedelta(seconds=k)).strftime("%Y%m%d%H%M%S")
                for moment in (RUN_STARTS, RUN_STARTS.astimezone()) for k in range(30)}  # UTC or local, in 30 s
    found = next((instant for instant in instants if instant in digits), None)
    if found is None:
        raise Mistake(_("log folder's timestamp"), "/".join(stamp),
                      _("the date and time of the run, e.g. {now}").format(
                          now=RUN_STARTS.astimezone().strftime("%Y%m%d-%H%M%S-%f")),
                      _("datetime.now().strftime('%Y%m%d-%H%M%S-%f'): year, month, day, then hour, minute (%M, "
                        "not %m, the month), second"))
    if len(digits) < digits.find(found) + 20:  # the instant's 14 digits, then 6 of microseconds
        raise Mistake(_("log folder's timestamp"), "/".join(stamp), _("down to microseconds, e.g. {now}").format(
                          now=RUN_STARTS.astimezone().strftime("%Y%m%d-%H%M%S-%f")),
                      _("%f gives all six digits of the microseconds: cut to milliseconds, two runs in one "
                        "millisecond share a folder"))
    if folders[0] == folders[1]:
        raise Mistake(_("two runs"), _("both in {folder}").format(folder=relative), _("two different folders"),
                      _("runs in the same second share a folder: add microseconds, strftime('%Y%m%d-%H%M%S-%f')"))
    here = os.path.join(tempfile.gettempdir(), f"tfkata-working-{uuid.uuid4().hex}")  # the same path in its process
    with checks.where_learner_runs(learner, checks.working_folder, here):
        given = os.fspath(learner("logs", "feature_extract").log_dir)
    under = os.path.relpath(os.path.join(here, given), here)  # a relative log_dir: under the working folder
    if under.split(os.sep)[:2] != ["logs", "feature_extract"]:
        raise Mistake(_("log folder for dir_name='logs', run in {folder}").format(folder=here), given,
                      os.path.join("logs", "feature_extract", "<timestamp>"),
                      _("a relative dir_name is relative to where the program runs: join it as given, not to the "
                        "folder of your code"))


@exercise("callbacks.progress_dots")
def test_progress_dots(learner):
    callback = _expect_callback(learner())
    callback.set_model(_StubModel())

    begun = []  # what each epoch's on_epoch_begin printed

    def epochs(first, last):  # the hooks as fit() calls them, but its last; logs or none
        callback.on_train_begin()
        for epoch in range(first, last):
            begun.append(_printed(lambda: callback.on_epoch_begin(epoch)))  # noqa: B023 - called at once
            print(begun[-1], end="")
            callback.on_epoch_end(epoch, logs={"loss": 0.5} if first == 0 else None)

    during = _printed(lambda: epochs(0, 250))
    printed = during + _printed(callback.on_train_end)
    want = "\n" + "." * 100 + "\n" + "." * 100 + "\n" + "." * 50
    if printed.count(".") != 250:
        raise Mistake(_("dots"), _("{dots} for 250 epochs").format(dots=printed.count(".")), _("250, one per epoch"),
                      _("print in on_epoch_end: print('.', end='')"))
    if "".join(begun).count("."):
        raise Mistake(_("dots printed as the 250 epochs begin"), "".join(begun).count("."), 0,
                      _("an epoch's dot says it has finished: print it in on_epoch_end, not on_epoch_begin"))
    if during.count(".") < 250:
        raise Mistake(_("dots printed as the 250 epochs end"), during.count("."), 250,
                      _("print each dot in on_epoch_end, as its epoch ends: the line shows progress while training "
                        "runs"))
    if printed != want:
        lines = [len(line) for line in printed.split("\n")]
        raise Mistake(_("lines"), _("dots per line {counts}").format(counts=lines[:6]), "[0, 100, 100, 50]",
                      _("a newline before epoch 0's dot, then only dots: nothing when training begins or ends")
                      if printed.strip("\n") == want.strip("\n") else
                      _("print('') at epochs 0, 100, 200, ..., and every dot with end=''"))
    callback = _expect_callback(learner())
    callback.set_model(_StubModel())
    resumed = _printed(lambda: epochs(1150, 1260)) + _printed(callback.on_train_end)
    if resumed != "." * 50 + "\n" + "." * 60:
        lines = [len(line) for line in resumed.split("\n")]
        raise Mistake(_("lines of a fit resumed at epoch {epoch}").format(epoch=1150), _("dots per line {counts}").format(counts=lines[:6]),
                      "[50, 60]", _("start a line where the epoch fit() passes is 0, 100, 200, ... (epoch % 100 == 0): "
                                    "a resumed fit counts from its initial_epoch, not from 0"))
    model = _classifier()
    x, y = _separable(16)
    printed = _printed(lambda: model.fit(x, y, batch_size=4, epochs=3, verbose=0, validation_data=(x[:8], y[:8]),
                                         callbacks=[learner()]))
    if printed.count(".") != 3:
        raise Mistake(_("dots in fit"), _("{dots} for 3 epochs of 4 batches, validated").format(
                          dots=printed.count(".")), "3",
                      _("one dot per epoch: on_epoch_end only, not a batch's or the validation's hooks (on_batch_end, "
                        "on_test_end)"))
    if printed.rstrip("\n") and not printed.startswith("\n"):
        raise Mistake(_("a second run's output"), repr(printed[:8]), repr("\n..."),
                      _("start the line from the epoch fit() passes (epoch % 100 == 0), not from a count kept "
                        "between runs: every run begins at epoch 0"))
    if printed != "\n...":
        raise Mistake(_("what fit() printed for 3 epochs"), repr(printed), repr("\n..."),
                      _("a newline before epoch 0's dot, then only dots: nothing when training begins or ends"))


@exercise("callbacks.halving_schedule")
def test_halving_schedule(learner):
    # 0.0123: halvings that no rounding to a few decimals keeps (0.0123, 0.00615, 0.003075)
    callback = _expect_callback(learner(initial_rate=0.0123, every=3), keras.callbacks.LearningRateScheduler,
                                _("return keras.callbacks.LearningRateScheduler(schedule)"))
    learner(initial_rate=0.0123, every=3)  # made anew, and another one made after it changes nothing of the first's
    learner(initial_rate=0.5, every=2)
    model = _classifier()
    model.optimizer.learning_rate = 0.1  # not initial_rate: the schedule must not build on the optimizer's rate
    callback.set_model(model)
    rates = []
    epochs = [*range(8), 0, 6, 6, 2, 31, 60]  # then a second fit, an epoch asked twice, a tenth and a twentieth halving
    for epoch in epochs:
        callback.on_epoch_begin(epoch)
        rates.append(float(np.asarray(model.optimizer.learning_rate)))
    want = [0.0123 * 0.5 ** (epoch // 3) for epoch in epochs]
    if not np.allclose(rates, want, rtol=1e-4):
        raise Mistake(_("learning rates, epochs {epochs}").format(epochs=", ".join(map(str, epochs))),
                      [float(f"{rate:.4g}") for rate in rates], [float(f"{rate:.4g}") for rate in want],
                      _("initial_rate * 0.5 ** (epoch // every): from initial_rate, whole periods, epochs counted "
                        "from 0, each rate from its epoch alone (a second fit starts at epoch 0 again), no floor"))
    model.optimizer.learning_rate = 0.04
    model.fit(*_separable(16), epochs=4, verbose=0, callbacks=[learner(initial_rate=0.04, every=3)])
    rate = float(np.asarray(model.optimizer.learning_rate))
    if not np.isclose(rate, 0.02, rtol=1e-4):
        raise Mistake(_("learning rate after 4 epochs of fit"), f"{rate:g}", "0.02",
                      _("LearningRateScheduler(schedule) sets the rate at the start of every epoch"))
