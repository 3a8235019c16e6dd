"""Right: A partial of imagenet_utils.preprocess_input in mode "tf", the same [-1, 1] scaling."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input',
     'import functools\n    return functools.partial(keras.applications.imagenet_utils.preprocess_input, mode="tf")'),
]
