"""Right: the stamp written from now()'s fields with zero-padded f-string formats, the folder joined with os.sep."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

import datetime
import os

import keras


def create_tensorboard_callback(dir_name, experiment_name):
    now = datetime.datetime.now()
    stamp = (f"{now.year:04d}{now.month:02d}{now.day:02d}-"
             f"{now.hour:02d}{now.minute:02d}{now.second:02d}-{now.microsecond:06d}")
    log_dir = os.sep.join([dir_name, experiment_name, stamp])
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)
