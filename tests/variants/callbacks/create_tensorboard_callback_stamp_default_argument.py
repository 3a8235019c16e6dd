"""Wrong: makes the stamp an optional parameter (to log a resumed run into its old folder) whose default is datetime.now() written in the signature, evaluated once at import, so every call without it gets the same folder; breaks 'The timestamp holds the date and time the run started, down to microseconds, so that every call gives a new folder'."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", "log folder's timestamp"

MUTATE = [
    ('def create_tensorboard_callback(dir_name, experiment_name):\n'
     '    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n',
     'def create_tensorboard_callback(dir_name, experiment_name,\n'
     '                                stamp=datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")):\n'
     '    # pass stamp= to log a resumed run into its old folder\n'),
]
