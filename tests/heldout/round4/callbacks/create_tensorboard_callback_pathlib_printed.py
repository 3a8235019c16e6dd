"""Right: Joins the folder with pathlib (as a str), a dot before the microseconds, and prints where it logs."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    import pathlib
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S.%f")
    log_dir = str(pathlib.Path(dir_name, experiment_name, stamp))
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)"""),
]
