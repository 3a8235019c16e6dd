"""Right: Another microsecond timestamp layout (2025-01-01_12-00-00.123456), and prints the folder as note 001's helper does."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"
MUTATE = [
    ('''def create_tensorboard_callback(dir_name, experiment_name):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))''',
     '''def create_tensorboard_callback(dir_name, experiment_name):
    log_dir = os.path.join(dir_name, experiment_name, datetime.datetime.now().strftime("%Y-%m-%d_%H-%M-%S.%f"))
    print(f"Saving TensorBoard log files to: {log_dir}")
    return keras.callbacks.TensorBoard(log_dir=log_dir)'''),
]
