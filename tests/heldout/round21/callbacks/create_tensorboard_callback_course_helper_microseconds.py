"""Right: the course's helper as note 001 calls it (log_dir variable, tf.keras.callbacks.TensorBoard, an f-string print), joined with os.path.join and stamped down to microseconds."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

import datetime
import os

import tensorflow as tf


def create_tensorboard_callback(dir_name, experiment_name):
  log_dir = os.path.join(dir_name, experiment_name, datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f"))
  tensorboard_callback = tf.keras.callbacks.TensorBoard(log_dir=log_dir)
  print(f"Saving TensorBoard log files to: {log_dir}")
  return tensorboard_callback
