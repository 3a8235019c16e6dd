"""Right: formats the timestamp with an f-string format spec and the microseconds zero-padded, and prints the folder."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"
MUTATE = [
    ('''    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))''',
     '''    started = datetime.datetime.now()
    log_dir = os.path.join(dir_name, experiment_name, f"{started:%Y%m%d-%H%M%S}-{started.microsecond:06d}")
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)'''),
]
