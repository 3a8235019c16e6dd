"""Right: Builds the same stamp from the datetime's fields with an f-string, and prints the folder."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"
MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    now = datetime.datetime.now()\n    stamp = f"{now:%Y%m%d}-{now:%H%M%S}-{now.microsecond:06d}"\n    log_dir = os.path.join(dir_name, experiment_name, stamp)\n    print(f"Saving TensorBoard log files to: {log_dir}")\n    return keras.callbacks.TensorBoard(log_dir=log_dir)'),
]
