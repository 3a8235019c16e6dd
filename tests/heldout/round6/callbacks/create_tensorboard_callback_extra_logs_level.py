"""Wrong: adds a 'logs' folder under the timestamp; breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp, "logs"))'),
]
