"""Right: positional log_dir, the microseconds appended as a zero-padded field, folder printed."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    now = datetime.datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S") + "-{:06d}".format(now.microsecond)
    log_dir = os.path.join(dir_name, experiment_name, stamp)
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir)"""),
]
