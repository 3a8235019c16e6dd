"""Wrong: Joined only experiment_name and the timestamp, dropping dir_name; breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('log_dir=os.path.join(dir_name, experiment_name, stamp)',
     'log_dir=os.path.join(experiment_name, stamp)'),
]
