"""Wrong: Named the run folder with a random uuid4 hex to make it unique, not with the date and time; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    import uuid
    stamp = uuid.uuid4().hex
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))"""),
]
