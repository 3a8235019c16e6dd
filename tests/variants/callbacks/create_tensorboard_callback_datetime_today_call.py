"""Right: takes the local time from datetime.datetime.today() and prints the folder."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "done", ""

import datetime
import os

import keras


def create_tensorboard_callback(dir_name, experiment_name):
    log_dir = os.path.join(dir_name, experiment_name, datetime.datetime.today().strftime("%Y%m%d-%H%M%S-%f"))
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)
