"""Right: a Callback subclass with extra optional settings (monitor, default "accuracy", falling back to "acc"; verbose, default off), that skips epochs without the metric and stops when the accuracy is not below the threshold (the same as >=)."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

import datetime
import os

import keras


class AccuracyGoal(keras.callbacks.Callback):
    """Stops fit() after the first epoch whose accuracy is at least `threshold`."""

    def __init__(self, threshold=0.98, monitor="accuracy", verbose=False):
        super().__init__()
        self.threshold = float(threshold)
        self.monitor = monitor
        self.verbose = verbose

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        value = logs.get(self.monitor)
        if value is None and self.monitor == "accuracy":
            value = logs.get("acc")
        if value is None:
            return
        if not float(value) < self.threshold:
            if self.verbose:
                print(f"epoch {epoch}: {self.monitor} {float(value):.4f} reached {self.threshold}, stopping")
            self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
    return AccuracyGoal(threshold)


def early_stopping(patience=10):
    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)


def best_checkpoint(folder):
    path = os.path.join(folder, "best.weights.h5")
    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)


def create_tensorboard_callback(dir_name, experiment_name):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))


class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:
            print("")
        print(".", end="")


def progress_dots():
    return PrintDot()


def halving_schedule(initial_rate=0.01, every=10):
    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)
