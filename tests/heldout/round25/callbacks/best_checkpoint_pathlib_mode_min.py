"""Right: the path built with pathlib inside the folder, another .weights.h5 name, and every ModelCheckpoint setting written out (mode='min', save_freq='epoch')."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

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
    from pathlib import Path

    target = Path(folder) / "lowest_val_loss.weights.h5"
    return keras.callbacks.ModelCheckpoint(
        filepath=str(target),
        monitor="val_loss",
        mode="min",
        save_best_only=True,
        save_weights_only=True,
        save_freq="epoch",
        verbose=0,
    )


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
