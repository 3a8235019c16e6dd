"""Right: builds the stamp in a helper and, should the folder already exist (a coarse clock), reads the clock again until the folder is new; prints where it logs."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "done", ""

import datetime
import os
import time

import keras


def _run_stamp():
    return datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def create_tensorboard_callback(dir_name, experiment_name):
    log_dir = os.path.join(dir_name, experiment_name, _run_stamp())
    while os.path.exists(log_dir):  # the clock has not moved on since the last run
        time.sleep(1e-6)
        log_dir = os.path.join(dir_name, experiment_name, _run_stamp())
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)
