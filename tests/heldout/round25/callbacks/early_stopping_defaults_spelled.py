"""Right: relies on EarlyStopping's default monitor (val_loss) and states mode='min', min_delta=0 and verbose=1; patience passed on, best weights restored."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

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
    return keras.callbacks.EarlyStopping(patience=patience, mode="min", min_delta=0, restore_best_weights=True, verbose=1)


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
