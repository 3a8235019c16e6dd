"""Wrong: builds and prints the right folder but gives TensorBoard only dir_name, so every run logs into the same folder; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
        '    log_dir = os.path.join(dir_name, experiment_name, stamp)\n    print(f"Saving TensorBoard log files to: {log_dir}")\n    return keras.callbacks.TensorBoard(log_dir=dir_name)',
    ),
]
