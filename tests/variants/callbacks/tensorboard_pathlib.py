"""Correct: pathlib, an ISO-like timestamp, and the note's print."""
EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "done", ""

import datetime
from pathlib import Path

import keras


def create_tensorboard_callback(dir_name, experiment_name):
    log_dir = Path(dir_name) / experiment_name / datetime.datetime.now().strftime("%Y-%m-%d_%H-%M-%S.%f")
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=str(log_dir))
