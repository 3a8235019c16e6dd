"""Wrong: follows the TF checkpoint guide, a callback saving a tf.train.Checkpoint through a CheckpointManager when val_loss improves; breaks 'a keras.callbacks.ModelCheckpoint that writes only the weights ... Keras 3 requires weights-only file names to end in .weights.h5'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", "returned value"

import datetime
import os

import keras

import tensorflow as tf


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


class BestCheckpoint(keras.callbacks.Callback):
    def __init__(self, folder):
        super().__init__()
        self.folder = folder
        self.best = float("inf")
        self.manager = None

    def on_epoch_end(self, epoch, logs=None):
        current = (logs or {}).get("val_loss")
        if current is None or current >= self.best:
            return
        self.best = current
        if self.manager is None:
            checkpoint = tf.train.Checkpoint(model=self.model)
            self.manager = tf.train.CheckpointManager(checkpoint, self.folder, max_to_keep=1)
        self.manager.save()


def best_checkpoint(folder):
    return BestCheckpoint(folder)


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
