"""Wrong: Joined experiment_name before dir_name; breaks 'dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('os.path.join(dir_name, experiment_name, stamp)',
     'os.path.join(experiment_name, dir_name, stamp)'),
]
