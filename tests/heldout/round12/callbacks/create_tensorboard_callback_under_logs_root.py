"""Wrong: nests the folder under a "logs" folder, as TensorBoard tutorials do (logs/fit/...); breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('log_dir=os.path.join(dir_name, experiment_name, stamp)',
     'log_dir=os.path.join("logs", dir_name, experiment_name, stamp)'),
]
