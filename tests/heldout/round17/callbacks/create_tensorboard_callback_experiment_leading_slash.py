"""Wrong: joins "/" + experiment_name, an absolute path, so os.path.join drops dir_name and logs under /<experiment>/<timestamp>; breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('os.path.join(dir_name, experiment_name, stamp)',
     'os.path.join(dir_name, "/" + experiment_name, stamp)'),
]
