"""Right: compiles with an Adam instance, a SparseCategoricalCrossentropy object and the "acc" metric, and reads the two test numbers from evaluate's list."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

import keras


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer=keras.optimizers.Adam(),
                  loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=["acc"])
    history = model.fit(x=x_train, y=y_train, batch_size=32, epochs=epochs, verbose=0)
    results = model.evaluate(x=x_test, y=y_test, verbose=0)
    return history, results[0], results[1]
