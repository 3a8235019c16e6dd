"""Wrong: the learner made the timestamp an optional parameter, stamp=datetime.datetime.now()..., so that a caller could pass their own; the default is computed once, when the module is loaded, so every call gets the same folder and none holds its run's start; breaks 'every call gives a new folder'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('def create_tensorboard_callback(dir_name, experiment_name):\n    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n',
     'def create_tensorboard_callback(dir_name, experiment_name, stamp=datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")):\n'),
]
