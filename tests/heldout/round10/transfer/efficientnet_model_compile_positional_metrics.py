"""Wrong: compiles positionally as in Keras 2, compile(Adam(), 'categorical_crossentropy', ['accuracy']); Keras 3's third parameter is loss_weights; breaks 'Compiled with the categorical_crossentropy loss'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(keras.optimizers.Adam(), "categorical_crossentropy", ["accuracy"])'),
]
