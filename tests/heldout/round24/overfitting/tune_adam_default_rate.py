"""Wrong: the learner compiled with optimizer='adam' as in every other exercise, so each run uses Adam's default 0.001 and the learning rates are only carried into the result; breaks 'compiled with the Adam optimizer at that learning rate'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",',
     'model.compile(optimizer="adam", loss="binary_crossentropy",'),
]
