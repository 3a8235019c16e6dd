"""Wrong: Cached one callback per (dir_name, experiment_name) in a module dict, so a second run reuses the first folder; breaks 'every call gives a new folder, even two calls within the same second'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('''def create_tensorboard_callback(dir_name, experiment_name):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))''',
     '''_CALLBACKS = {}


def create_tensorboard_callback(dir_name, experiment_name):
    if (dir_name, experiment_name) not in _CALLBACKS:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        log_dir = os.path.join(dir_name, experiment_name, stamp)
        _CALLBACKS[dir_name, experiment_name] = keras.callbacks.TensorBoard(log_dir=log_dir)
    return _CALLBACKS[dir_name, experiment_name]'''),
]
