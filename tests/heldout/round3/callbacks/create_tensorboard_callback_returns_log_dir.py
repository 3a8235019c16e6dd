"""Wrong: Printed and returned the log folder (a string) instead of the callback; breaks 'Returns: the TensorBoard callback (its .log_dir is the folder)'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '''    log_dir = os.path.join(dir_name, experiment_name, stamp)
    print(f"Saving TensorBoard log files to: {log_dir}")
    return log_dir'''),
]
