"""Right: Three nested loops with a functional model per run, keeping the running best (first best kept on ties, as max() does)."""
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
     '''    best_params, best_score = None, None
    for rate in learning_rates:
        for width in units:
            for drop in dropouts:
                inputs = keras.Input(shape=tuple(x.shape[1:]))
                hidden = keras.layers.Dense(width, activation="relu")(inputs)
                hidden = keras.layers.Dropout(drop)(hidden)
                model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(hidden))
                model.compile(optimizer=keras.optimizers.Adam(rate), loss="binary_crossentropy", metrics=["accuracy"])
                run = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
                score = run.history["val_accuracy"][-1]
                if best_score is None or score > best_score:
                    best_params = {"learning_rate": rate, "units": width, "dropout": drop}
                    best_score = score
    return best_params, best_score'''),
]
