"""Wrong: nested loops written `for units in units`, which rebinds the list to its first int, so the second learning rate's loop fails on an int; breaks 'for every (learning_rate, units, dropout) of the three lists'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    (
        '    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n        model = keras.Sequential([\n            keras.Input(shape=x.shape[1:]),\n            keras.layers.Dense(width, activation="relu"),\n            keras.layers.Dropout(drop),\n            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",\n                      metrics=["accuracy"])\n        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n',
        '    for rate in learning_rates:\n        for units in units:\n            for drop in dropouts:\n                model = keras.Sequential([\n                    keras.Input(shape=x.shape[1:]),\n                    keras.layers.Dense(units, activation="relu"),\n                    keras.layers.Dropout(drop),\n                    keras.layers.Dense(1, activation="sigmoid"),\n                ])\n                model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",\n                              metrics=["accuracy"])\n                history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n                scores[rate, units, drop] = history.history["val_accuracy"][-1]\n',
    ),
]
