"""Wrong: compiles positionally as in Keras 2, compile(optimizer, loss, ['accuracy']); Keras 3's third parameter is loss_weights, so no accuracy is logged; breaks 'compiled with the Adam optimizer at that learning rate, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",\n                      metrics=["accuracy"])',
     '        model.compile(keras.optimizers.Adam(learning_rate=rate), "binary_crossentropy", ["accuracy"])'),
]
