"""Right: compiles with a default Adam, then sets its learning_rate before fitting (Keras 3 assigns the rate variable)."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",\n                      metrics=["accuracy"])',
     '        optimizer = keras.optimizers.Adam()\n        model.compile(optimizer=optimizer, loss="binary_crossentropy", metrics=["accuracy"])\n        optimizer.learning_rate = rate'),
]
