"""Right: leaves out a dropout of rate 0, collects (params, score) pairs and takes the first after a stable sort by descending score."""
EXERCISE, VERDICT = "overfitting.tune", "done"
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
        scores[rate, width, drop] = history.history["val_accuracy"][-1]
    best = max(scores, key=scores.get)
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]''',
     '''    results = []
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        layers = [keras.Input(shape=x.shape[1:]), keras.layers.Dense(width, activation="relu")]
        if drop > 0:
            layers.append(keras.layers.Dropout(drop))
        layers.append(keras.layers.Dense(1, activation="sigmoid"))
        model = keras.Sequential(layers)
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",
                      metrics=["accuracy"])
        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
        results.append(((rate, width, drop), history.history["val_accuracy"][-1]))
    results.sort(key=lambda item: -item[1])  # stable: the first of equal scores stays first
    (rate, width, drop), score = results[0]
    return {"learning_rate": rate, "units": width, "dropout": drop}, score'''),
]
