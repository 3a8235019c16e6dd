"""Wrong: Split the stamp into two nested folders (date, then time), one level too deep; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("""    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))""",
     """    now = datetime.datetime.now()
    log_dir = os.path.join(dir_name, experiment_name, now.strftime("%Y%m%d"), now.strftime("%H%M%S-%f"))
    return keras.callbacks.TensorBoard(log_dir=log_dir)"""),
]
