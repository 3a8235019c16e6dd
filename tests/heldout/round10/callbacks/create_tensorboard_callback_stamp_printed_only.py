"""Wrong: prints the full folder with its timestamp but hands TensorBoard the experiment folder without it; breaks 'dir_name / experiment_name / <timestamp>'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    log_dir = os.path.join(dir_name, experiment_name)\n    print(f"Saving TensorBoard log files to: {os.path.join(log_dir, stamp)}")\n    return keras.callbacks.TensorBoard(log_dir=log_dir)'),
]
