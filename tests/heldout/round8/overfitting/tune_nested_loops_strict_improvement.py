"""Right: three nested loops in the product's order, a helper builds each model, and a running best replaced only by a strictly higher score (the first of equals wins, as max does)."""

EXERCISE, VERDICT = "overfitting.tune", "done"

import keras


def _build(input_shape, units, dropout, learning_rate):
    layers = [keras.Input(shape=input_shape), keras.layers.Dense(units, activation="relu")]
    if dropout:
        layers.append(keras.layers.Dropout(dropout))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    model = keras.Sequential(layers)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    best_params, best_score = None, None
    for learning_rate in learning_rates:
        for width in units:
            for dropout in dropouts:
                model = _build(x.shape[1:], width, dropout, learning_rate)
                run = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
                score = run.history["val_accuracy"][-1]
                if best_score is None or score > best_score:
                    best_score = score
                    best_params = {"learning_rate": learning_rate, "units": width, "dropout": dropout}
    return best_params, best_score
