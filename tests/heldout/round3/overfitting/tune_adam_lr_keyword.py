"""Wrong: Wrote the Keras 2 Adam(lr=rate), which Keras 3 refuses; breaks 'compiled with the Adam optimizer at that learning rate'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",',
     '        model.compile(optimizer=keras.optimizers.Adam(lr=rate), loss="binary_crossentropy",'),
]
