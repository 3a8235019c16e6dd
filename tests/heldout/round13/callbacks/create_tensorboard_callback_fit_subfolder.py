"""Wrong: keeps TensorFlow's tutorial habit of a "fit" folder before the stamp, dir_name/experiment_name/fit/<timestamp>; breaks 'a keras.callbacks.TensorBoard whose log folder is
    dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('log_dir=os.path.join(dir_name, experiment_name, stamp)',
     'log_dir=os.path.join(dir_name, experiment_name, "fit", stamp)'),
]
