"""Wrong: Compiled with optimizer='adam' at its default rate, so the learning rates are never tried; breaks 'the Adam optimizer at that learning rate'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",',
     'model.compile(optimizer="adam", loss="binary_crossentropy",'),
]
