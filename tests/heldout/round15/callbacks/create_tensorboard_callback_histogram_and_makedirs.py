"""Right: the course helper's extras: creates the folder with os.makedirs, prints "Saving TensorBoard log files to: ..." and asks for histogram_freq=1; the log folder is still dir_name / experiment_name / a microsecond timestamp."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    log_dir = os.path.join(dir_name, experiment_name, stamp)\n    os.makedirs(log_dir, exist_ok=True)\n    print(f"Saving TensorBoard log files to: {log_dir}")\n    return keras.callbacks.TensorBoard(log_dir=log_dir, histogram_freq=1)'),
]
