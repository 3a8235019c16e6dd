"""Right: one datetime.now() formatted with an f-string, the microseconds padded to six digits, the folder printed and joined with os.path.join."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

import datetime
import os

import keras


def create_tensorboard_callback(dir_name, experiment_name):
    now = datetime.datetime.now()
    log_dir = os.path.join(dir_name, experiment_name, f"{now:%Y%m%d-%H%M%S}-{now.microsecond:06d}")
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)
