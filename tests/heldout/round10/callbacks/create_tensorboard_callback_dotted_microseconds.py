"""Right: formats the stamp as 2025-01-01_12-00-00.123456, prints the folder and passes it positionally."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    stamp = datetime.datetime.now().strftime("%Y-%m-%d_%H-%M-%S.%f")\n    log_dir = os.path.join(dir_name, experiment_name, stamp)\n    print(f"Saving TensorBoard log files to: {log_dir}")\n    return keras.callbacks.TensorBoard(log_dir)'),
]
