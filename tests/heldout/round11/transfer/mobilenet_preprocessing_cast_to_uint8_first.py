"""Wrong: casts the batch to uint8 before scaling (images are bytes, after all), so 127.5 becomes 127 and maps to -0.004; breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    def preprocess(images):\n        return np.asarray(images, dtype="uint8") / 127.5 - 1.0\n\n    return preprocess\n'),
]
