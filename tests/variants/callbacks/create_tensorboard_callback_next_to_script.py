"""Wrong: anchors the logs beside the code (os.path.dirname(__file__)) so they land in one place wherever the script runs from, so a relative dir_name no longer names the folder; breaks 'whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", "log folder for dir_name='logs'"

MUTATE = [
    ('return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     'here = os.path.dirname(os.path.abspath(__file__))  # logs beside the code, wherever it is run from\n'
     '    return keras.callbacks.TensorBoard(log_dir=os.path.join(here, dir_name, experiment_name, stamp))'),
]
