"""Right: reads the clock once with time.time_ns(), formats the date and time from its whole seconds and appends the microseconds from its remainder, zero-padded (20250101-120000-123456), then joins dir_name, experiment_name and the stamp with os.path.join and prints the folder."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('''    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))''',
     '''    import time

    ns = time.time_ns()
    seconds, rest = divmod(ns, 1_000_000_000)
    start = datetime.datetime.fromtimestamp(seconds)
    stamp = f"{start:%Y%m%d-%H%M%S}-{rest // 1000:06d}"
    log_dir = os.path.join(dir_name, experiment_name, stamp)
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)'''),
]
