"""Wrong: the tutorial's %Y%m%d-%H%M%S stamp plus a random six-digit number for uniqueness; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", "two runs"

MUTATE = [
    ('stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     'import random\n    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S") + f"-{random.randint(0, 999999):06d}"\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))'),
]
