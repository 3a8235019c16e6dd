"""Wrong: Built one model per (units, dropout) and recompiled it for each learning rate, so later rates continue from trained weights; breaks 'for every (learning_rate, units, dropout) of the three lists: a new model'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('''    scores = {}
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",
                      metrics=["accuracy"])
        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
        scores[rate, width, drop] = history.history["val_accuracy"][-1]''',
     '''    scores = {}
    for width, drop in itertools.product(units, dropouts):
        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        for rate in learning_rates:
            model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",
                          metrics=["accuracy"])
            history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
            scores[rate, width, drop] = history.history["val_accuracy"][-1]'''),
]
