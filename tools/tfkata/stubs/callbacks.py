"""Callbacks: stop, save and watch training (note 003 tutorial3's callbacks; note 001).

Every function works from its arguments alone, as it may be called again with others: it
changes neither them, nor this module's variables, nor the program's settings (Keras'
dtype policy, float type and image layout, NumPy's error handling, the working folder),
and makes anew the models and callbacks it returns.

Replace each `raise NotImplementedError` with your code, then check it:

    tfkata check callbacks.stop_at_accuracy
    tfkata progress

Stuck? `tfkata hint callbacks.stop_at_accuracy` (add --level 2 for more).
"""

import datetime
import os

import keras


def stop_at_accuracy(threshold=0.98):
    """Return a callback that ends training once accuracy reaches `threshold`.

    Training longer than needed wastes time: a callback watches every epoch's metrics
    and can end the run ("コールバックを使用して、訓練サイクルの終了を呼び出す"). Note 003
    shows how your own callbacks are made: "コールバックを作る際はこんな感じでCallbackクラス
    を継承して作成する", a subclass of Keras's Callback that reacts when an epoch ends.

    What must hold: when an epoch ends with an accuracy at or above the threshold, fit()
    stops after that epoch; below it, training goes on. The epoch's metrics are named
    as compile() was given them: the grader compiles with metrics=["accuracy"], so the
    name is "accuracy" (the notes' "acc" would give "acc"; Keras 3 takes both). Note
    003's code stops with EarlyStopping: stopping at an accuracy threshold is the kit's
    own exercise, and it reads "reaches" as >= : an accuracy of exactly 0.98 stops,
    0.979 does not.

    What Keras 3 did change: model.metrics_names now reads ["loss", "compile_metrics"]
    (ask evaluate for a dict to see names), and a learning rate is logged as
    "learning_rate", no longer "lr".

    Returns:
        an instance of your keras.callbacks.Callback subclass, holding its threshold.

    The grader will try thresholds 0.98 and 0.5 (accuracies at, above and just below
    them), and a fit() of up to 40 epochs with threshold 0.9.
    """
    raise NotImplementedError


def early_stopping(patience=10):
    """Return note 003's EarlyStopping callback, restoring the best weights.

    Keras's built-in early stopping ends training when the validation loss has not
    improved for `patience` epochs in a row ("patience は改善が見られるかを監視するエポック
    数"). By then the model has `patience` epochs of getting worse behind it: the weights
    worth keeping are the best epoch's, and the callback can put them back when it
    stops. The note's callback does not restore them: that is the kit's own addition.

    What must hold: a keras.callbacks.EarlyStopping that watches val_loss, waits
    `patience` epochs without improvement, then stops and restores the weights of the
    epoch with the lowest val_loss.

    fit() needs validation data (a validation set, or a validation split) for val_loss
    to exist.

    Returns:
        the EarlyStopping callback.

    The grader will try patience 2 and 7, and a run whose val_loss falls, then rises.
    """
    raise NotImplementedError


def best_checkpoint(folder):
    """Return a ModelCheckpoint that keeps the weights of the best epoch (note 001's callback, varied).

    Note 001 saves weights during training with a checkpoint callback ("Model
    checkpoint"). Saving every epoch leaves the last epoch's weights, which may have
    started to overfit; saving only when the validation loss improves leaves the best.
    Note 001 saves every epoch: keeping the best one only is the kit's own variant.

    What must hold: a keras.callbacks.ModelCheckpoint that writes only the weights (not
    the whole model) to a file inside `folder`, and writes it only when val_loss
    improves, so that the file ends up holding the best epoch's weights, not the last
    epoch's.

    Keras 3 requires weights-only file names to end in .weights.h5; note 001's
    "checkpoint.ckpt" raises an error.

    Returns:
        the ModelCheckpoint callback.

    The grader will fit with it for 6 epochs whose val_loss falls, then rises, and
    loads the file back.
    """
    raise NotImplementedError


def create_tensorboard_callback(dir_name, experiment_name):
    """Note 001's helper: a TensorBoard callback logging to its own folder per run.

    TensorBoard compares runs side by side, one folder per run: every experiment, and
    every run of it, must log somewhere new. Note 001 passes
    create_tensorboard_callback("transfer_learning", "10_percent_feature_extract") to
    fit() but does not show the helper: the folder below is the kit's own assumption.

    What must hold: a keras.callbacks.TensorBoard whose log folder is
    dir_name / experiment_name / <timestamp>, joined as the operating system joins
    paths. The timestamp holds the date and time the run started, down to microseconds,
    so that every call gives a new folder, even two calls within the same second
    (e.g. 20250101-120000-123456). You may print the folder too.

    Returns:
        the TensorBoard callback (its .log_dir is the folder).

    The grader will make two callbacks in a row and compare their folders.
    """
    raise NotImplementedError


def progress_dots():
    """Return note 003's progress callback: one dot per finished epoch.

    A quiet fit() (no progress bars) over hundreds of epochs prints nothing; note 003's
    PrintDot shows progress quietly ("エポックが終わるごとにドットを一つ出力することで進捗を
    表示"), with a subclass of Keras's Callback.

    What must hold: one dot per finished epoch (not per batch), with no newline after
    it; a new line started before the dots of epochs 0, 100, 200, ... So 250 epochs print
    a newline, 100 dots, a newline, 100 dots, a newline, 50 dots.

    Returns:
        an instance of your keras.callbacks.Callback subclass.

    The grader will run 250 epoch ends, and a fit() of 3 epochs of 4 batches.
    """
    raise NotImplementedError


def halving_schedule(initial_rate=0.01, every=10):
    """Return a LearningRateScheduler that halves the learning rate every `every` epochs.

    A learning rate that shrinks as training goes on takes big steps early and careful
    ones later. Keras's scheduler callback asks a schedule of yours for the rate at the
    start of each epoch (epochs count from 0) and sets the optimizer's rate to it.
    Note 003 only says a callback can change the learning rate: this schedule is the
    kit's own.

    What must hold: a keras.callbacks.LearningRateScheduler whose rate for epoch e is
    initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before: with
    every=10, epochs 0-9 use initial_rate, 10-19 half of it, and so on. Whole periods:
    e / every would lower the rate a little every epoch.

    Returns:
        the LearningRateScheduler callback.

    The grader will try initial_rate=0.04 and every=3 over epochs 0-7, the optimizer
    set to another rate, and a fit() of 4 epochs.
    """
    raise NotImplementedError
