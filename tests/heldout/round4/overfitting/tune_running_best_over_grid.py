"""Right: Walks itertools.product keeping the best so far (strictly higher replaces it, so the first best wins as max() does), with Adam's rate positional and the dropout left out when it is 0."""
EXERCISE, VERDICT = "overfitting.tune", "done"
MUTATE = [
    ("""    scores = {}
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
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]""",
     """    best_params, best_score = None, None
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        layers = [keras.Input(shape=x.shape[1:]), keras.layers.Dense(width, activation="relu")]
        if drop:
            layers.append(keras.layers.Dropout(drop))
        layers.append(keras.layers.Dense(1, activation="sigmoid"))
        model = keras.Sequential(layers)
        model.compile(optimizer=keras.optimizers.Adam(rate), loss="binary_crossentropy", metrics=["accuracy"])
        run = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
        score = run.history["val_accuracy"][-1]
        if best_score is None or score > best_score:
            best_params = {"learning_rate": rate, "units": width, "dropout": drop}
            best_score = score
    return best_params, best_score"""),
]
