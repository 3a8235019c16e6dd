"""Right: optimizer and loss as objects passed positionally, fit by keywords, and the two numbers read from evaluate's dict by name."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

import keras


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(keras.optimizers.Adam(), keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
    history = model.fit(x=x_train, y=y_train, epochs=epochs, verbose=0)
    results = model.evaluate(x=x_test, y=y_test, verbose=0, return_dict=True)
    return history, results["loss"], results["accuracy"]
