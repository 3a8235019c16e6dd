"""Correct: optimizer, loss and metric as objects; evaluate's values unpacked in place."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "done", ""

import keras


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer=keras.optimizers.Adam(),
                  loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=[keras.metrics.SparseCategoricalAccuracy()])
    return (model.fit(x_train, y_train, epochs=epochs, verbose=0),
            *model.evaluate(x_test, y_test, verbose=0))
