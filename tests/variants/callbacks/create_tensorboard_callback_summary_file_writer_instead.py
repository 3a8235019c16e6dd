"""Wrong: returns the TF guide's tf.summary.create_file_writer for the folder instead of a callback; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", "returned value"

MUTATE = [
    ('stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     'import tensorflow as tf\n    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return tf.summary.create_file_writer(os.path.join(dir_name, experiment_name, stamp))'),
]
