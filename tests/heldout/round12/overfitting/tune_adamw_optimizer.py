"""Wrong: compiles every run with AdamW at the rate under test; breaks 'compiled with the Adam optimizer at that learning rate, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(learning_rate=rate)',
     'optimizer=keras.optimizers.AdamW(learning_rate=rate)'),
]
