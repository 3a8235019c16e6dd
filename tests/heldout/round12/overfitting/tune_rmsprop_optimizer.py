"""Wrong: compiles every run with RMSprop at the rate under test instead of Adam; breaks 'compiled with the Adam optimizer at that learning rate, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(learning_rate=rate)',
     'optimizer=keras.optimizers.RMSprop(learning_rate=rate)'),
]
