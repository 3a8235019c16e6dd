"""Right: writes "\n." at epochs 0, 100, 200, ... and "." otherwise with sys.stdout.write (flushed), from a Callback subclass with an optional line length of 100."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

import datetime
import os

import keras


class StopAtAccuracy(keras.callbacks.Callback):
    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold

    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
    return StopAtAccuracy(threshold)


def early_stopping(patience=10):
    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)


def best_checkpoint(folder):
    path = os.path.join(folder, "best.weights.h5")
    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)


def create_tensorboard_callback(dir_name, experiment_name):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))


class DotPrinter(keras.callbacks.Callback):
    def __init__(self, per_line=100):
        super().__init__()
        self.per_line = per_line

    def on_epoch_end(self, epoch, logs=None):
        import sys

        sys.stdout.write(("\n." if epoch % self.per_line == 0 else "."))
        sys.stdout.flush()


def progress_dots():
    return DotPrinter()


def halving_schedule(initial_rate=0.01, every=10):
    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)
