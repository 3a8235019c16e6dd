"""Wrong: compiles with keras.losses.BinaryCrossentropy(label_smoothing=0.1), which trains towards 0.05 / 0.95 rather than the labels; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = 'fundamentals.binary_classifier', 'wrong'

MUTATE = [
    ('loss="binary_crossentropy", metrics=["accuracy"]',
     'loss=keras.losses.BinaryCrossentropy(label_smoothing=0.1), metrics=["accuracy"]'),
]
