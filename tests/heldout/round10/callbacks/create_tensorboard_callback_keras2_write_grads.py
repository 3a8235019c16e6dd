"""Wrong: passes TensorBoard Keras 2's write_grads=True, an argument Keras 3's TensorBoard does not take; breaks 'What must hold: a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp), write_grads=True)'),
]
