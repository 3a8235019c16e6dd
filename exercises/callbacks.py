"""Callbacks: stop, save and watch training (note 003 tutorial3's callbacks; note 001).

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

    Write a class that inherits keras.callbacks.Callback (note 003: "コールバックを
    作る際はこんな感じでCallbackクラスを継承して作成する") and override
    `on_epoch_end(self, epoch, logs=None)`. `logs` holds the epoch's metrics under
    the names compile() was given: metrics=["accuracy"] gives logs["accuracy"], the
    notes' metrics=["acc"] gives logs["acc"] (Keras 3 takes both). The grader
    compiles with "accuracy". What Keras 3 did change: model.metrics_names now
    reads ["loss", "compile_metrics"] (ask evaluate(..., return_dict=True) for
    names), and a learning rate is logged as "learning_rate", no longer "lr".
    When it is at or above the threshold, set `self.model.stop_training = True`:
    fit() finishes the epoch and stops.

    Note 003's code stops with EarlyStopping: stopping at an accuracy threshold
    is the kit's own exercise, and it reads "reaches" as >= : an accuracy of
    exactly 0.98 stops, 0.979 does not.
    Keep the threshold on the instance (pass it to __init__ and call
    super().__init__()).

    Returns:
        an instance of your Callback subclass.
    """
    raise NotImplementedError


def early_stopping(patience=10):
    """Return note 003's EarlyStopping callback, restoring the best weights.

    keras.callbacks.EarlyStopping(monitor="val_loss", patience=...) stops training
    when the validation loss has not improved for `patience` epochs in a row
    ("patience は改善が見られるかを監視するエポック数"). By then the model has
    `patience` epochs of getting worse behind it: restore_best_weights=True puts
    back the weights of the epoch with the lowest val_loss when it stops. The
    note's callback does not restore them: that is the kit's own addition.

    fit() needs validation data (validation_data=... or validation_split=0.2) for
    val_loss to exist.

    Returns:
        the EarlyStopping callback.
    """
    raise NotImplementedError


def best_checkpoint(folder):
    """Return a ModelCheckpoint that keeps the weights of the best epoch (note 001's callback, varied).

    keras.callbacks.ModelCheckpoint(filepath, ...) saves during fit(). Here:
        filepath           a file inside `folder` whose name ends in .weights.h5
                           (Keras 3 requires that ending for weights-only files;
                           note 001's "checkpoint.ckpt" raises an error)
        save_weights_only  True: only the weights, not the whole model
        save_best_only     True, with monitor="val_loss": the file is written only
                           when val_loss improves, so it ends up holding the best
                           epoch's weights, not the last epoch's.
    Note 001 saves every epoch (save_best_only=False): keeping the best one only is
    the kit's own variant.

    Returns:
        the ModelCheckpoint callback.
    """
    raise NotImplementedError


def create_tensorboard_callback(dir_name, experiment_name):
    """Note 001's helper: a TensorBoard callback logging to its own folder per run.

    Note 001 passes create_tensorboard_callback("transfer_learning",
    "10_percent_feature_extract") to fit() but does not show the helper: the folder
    below is the kit's own assumption. Build the log folder as
        dir_name / experiment_name / <timestamp>
    with os.path.join, and return keras.callbacks.TensorBoard(log_dir=that folder).

    The timestamp keeps runs apart: every call must give a new folder, even two calls
    within the same second, so include microseconds, e.g.
    datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f").
    (Optionally print the folder.)

    Returns:
        the TensorBoard callback (its .log_dir is the folder).
    """
    raise NotImplementedError


def progress_dots():
    """Return note 003's progress callback: one dot per finished epoch.

    With fit(..., verbose=0) nothing is printed; note 003's PrintDot shows progress
    quietly. Subclass keras.callbacks.Callback and override on_epoch_end:
        at epochs 0, 100, 200, ... print("") first (start a new line),
        then print(".", end="") (a dot with no newline).
    So 250 epochs print a newline, 100 dots, a newline, 100 dots, a newline, 50 dots.

    Returns:
        an instance of your Callback subclass.
    """
    raise NotImplementedError


def halving_schedule(initial_rate=0.01, every=10):
    """Return a LearningRateScheduler that halves the learning rate every `every` epochs.

    keras.callbacks.LearningRateScheduler(schedule) calls schedule(epoch, lr) at the
    start of each epoch (epochs count from 0) and sets the optimizer's learning
    rate to what it returns. Here the rate for epoch e is
        initial_rate * 0.5 ** (e // every)
    so with every=10: epochs 0-9 use initial_rate, 10-19 half of it, and so on.
    Use whole periods (//): e / every would lower the rate a little every epoch.
    Note 003 only says a callback can change the learning rate: this schedule is
    the kit's own.

    Returns:
        the LearningRateScheduler callback.
    """
    raise NotImplementedError
