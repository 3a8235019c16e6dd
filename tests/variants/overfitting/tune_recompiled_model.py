"""Wrong: one model per (units, dropout), compiled again for each learning rate: it keeps the last run's weights."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "fresh model"

import keras


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    best, best_score = None, -1.0
    for width in units:
        for drop in dropouts:
            model = keras.Sequential([keras.Input(shape=x.shape[1:]), keras.layers.Dense(width, activation="relu"),
                                      keras.layers.Dropout(drop), keras.layers.Dense(1, activation="sigmoid")])
            for rate in learning_rates:
                model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",
                              metrics=["accuracy"])
                history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
                score = history.history["val_accuracy"][-1]
                if score > best_score:
                    best, best_score = {"learning_rate": rate, "units": width, "dropout": drop}, score
    return best, best_score
