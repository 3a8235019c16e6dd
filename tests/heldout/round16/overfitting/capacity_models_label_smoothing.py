"""Wrong: compiled with keras.losses.BinaryCrossentropy(label_smoothing=0.1), label smoothing being another remedy against overfitting; breaks 'compiled with the Adam optimizer, the binary_crossentropy loss'."""

EXERCISE, VERDICT = 'overfitting.capacity_models', 'wrong'

MUTATE = [
    ('loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"]',
     'loss=keras.losses.BinaryCrossentropy(label_smoothing=0.1), metrics=["accuracy", "binary_crossentropy"]'),
]
