"""Right: a one-argument lambda schedule (Keras calls schedule(epoch) when schedule(epoch, lr) does not fit), math.ldexp(initial_rate, -(epoch // every)) (an exact halving per whole period), with a guard against every < 1."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

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


class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:
            print("")
        print(".", end="")


def progress_dots():
    return PrintDot()


def halving_schedule(initial_rate=0.01, every=10):
    import math

    if every < 1:
        raise ValueError("every must be at least 1")
    return keras.callbacks.LearningRateScheduler(lambda epoch: math.ldexp(initial_rate, -int(epoch // every)), verbose=0)


