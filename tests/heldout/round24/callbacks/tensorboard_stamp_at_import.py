"""Wrong: the learner computed the timestamp once, as a module constant next to the imports, thinking "the time the run started" is the time the program started; every call in the same program gets the same folder, which breaks 'every call gives a new folder, even two calls within the same second'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('import keras\n',
     'import keras\n\nRUN_STAMP = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n'),
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n    return keras.callbacks.TensorBoard',
     '    stamp = RUN_STAMP\n    return keras.callbacks.TensorBoard'),
]
