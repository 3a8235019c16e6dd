"""Wrong: replaces spaces in the experiment name with underscores, so "my run" logs to .../my_run/...; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('os.path.join(dir_name, experiment_name, stamp)',
     'os.path.join(dir_name, experiment_name.replace(" ", "_"), stamp)'),
]
