"""Wrong: Left experiment_name out of the folder; breaks 'dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('os.path.join(dir_name, experiment_name, stamp)',
     'os.path.join(dir_name, stamp)'),
]
