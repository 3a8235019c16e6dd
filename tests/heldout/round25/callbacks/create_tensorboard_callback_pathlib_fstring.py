"""Right: the stamp formatted with an f-string (date, time and zero-padded microseconds), the folder joined with pathlib and turned back into a str, and printed, as note 001's helper does."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

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
    from pathlib import Path

    started = datetime.datetime.now()
    stamp = f"{started:%Y%m%d-%H%M%S}-{started.microsecond:06d}"
    log_dir = os.fspath(Path(dir_name) / experiment_name / stamp)
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)


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
