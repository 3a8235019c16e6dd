"""Wrong: puts the timestamp folder above the experiment's (dir_name/stamp/experiment_name); breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, stamp, experiment_name))"""),
]
