"""Right: returns a function that maps pixels linearly with np.interp from (0, 255) to (-1, 1)."""

EXERCISE, VERDICT = 'transfer.mobilenet_preprocessing', 'done'

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    def scale(images):\n        return np.interp(np.asarray(images, dtype="float32"), (0.0, 255.0), (-1.0, 1.0)).astype("float32")\n\n    return scale'),
]
