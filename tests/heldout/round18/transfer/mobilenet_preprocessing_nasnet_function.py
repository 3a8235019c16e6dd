"""Right: keras.applications.nasnet.preprocess_input, whose "tf" mode is the same x / 127.5 - 1 scaling."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"

MUTATE = [
    ('''    return keras.applications.mobilenet_v2.preprocess_input
''',
     '''    return keras.applications.nasnet.preprocess_input
'''),
]
