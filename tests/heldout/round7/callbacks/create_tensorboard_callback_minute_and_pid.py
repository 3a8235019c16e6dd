"""Wrong: stamps the folder with the minute and the process id ('unique per run'), so two calls in a row share a folder; breaks 'down to microseconds, so that every call gives a new folder'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M") + f"-{os.getpid()}"
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))"""),
]
