"""Wrong: stamps with the locale's date and time, strftime("%x-%X.%f"), whose date ("01/31/25") holds slashes, so the log folder ends up three folders deep under experiment_name; breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n',
     '    stamp = datetime.datetime.now().strftime("%x-%X.%f")\n'),
]
