"""Wrong: passes the folder as logdir= (the TF1 summary writer's spelling), which keras.callbacks.TensorBoard rejects with a TypeError; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('keras.callbacks.TensorBoard(log_dir=',
     'keras.callbacks.TensorBoard(logdir='),
]
