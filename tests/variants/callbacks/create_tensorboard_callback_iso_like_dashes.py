"""Right: an ISO-like stamp with dashes, %Y-%m-%dT%H-%M-%S-%f, still date, time and microseconds."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "done", ""

import datetime
import os

import keras


def create_tensorboard_callback(dir_name, experiment_name):
    stamp = datetime.datetime.now().strftime("%Y-%m-%dT%H-%M-%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))
