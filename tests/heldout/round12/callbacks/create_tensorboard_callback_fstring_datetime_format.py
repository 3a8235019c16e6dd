"""Right: formats the timestamp inside an f-string with a format spec, and prints the folder."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    log_dir = os.path.join(dir_name, experiment_name, f"{datetime.datetime.now():%Y%m%d-%H%M%S-%f}")\n    print(f"Saving TensorBoard log files to: {log_dir}")\n    return keras.callbacks.TensorBoard(log_dir=log_dir)'),
]
