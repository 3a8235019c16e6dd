"""Correct: nested loops, the functional API, metrics=["acc"], no Dropout layer at rate 0, a running best."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "done", ""

import keras


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    best_config, best_score = None, -1.0
    for learning_rate in learning_rates:
        for width in units:
            for dropout in dropouts:
                inputs = keras.Input(shape=x.shape[1:])
                hidden = keras.layers.Dense(width, activation="relu")(inputs)
                if dropout:
                    hidden = keras.layers.Dropout(dropout)(hidden)
                model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(hidden))
                model.compile(optimizer=keras.optimizers.Adam(learning_rate), loss=keras.losses.BinaryCrossentropy(),
                              metrics=["acc"])
                history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
                score = history.history["val_acc"][-1]
                if score > best_score:
                    best_config = {"learning_rate": learning_rate, "units": width, "dropout": dropout}
                    best_score = score
    return best_config, best_score
