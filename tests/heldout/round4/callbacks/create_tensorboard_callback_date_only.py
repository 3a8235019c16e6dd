"""Wrong: Stamped the folder with today's date only (datetime.date.today()), so two runs on one day share a folder; breaks 'The timestamp holds the date and time the run started, down to microseconds, so that every call gives a new folder'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    stamp = datetime.date.today().strftime("%Y%m%d")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))"""),
]
