"""Right: also takes one-hot labels, choosing categorical_crossentropy only for 2-D label rows wider than 1 (integer labels still get sparse_categorical_crossentropy), and reads the test numbers from evaluate's dict."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "done", ""

import keras
import numpy as np


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    one_hot = np.ndim(y_train) == 2 and np.shape(y_train)[-1] > 1
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
    return history, results["loss"], results["accuracy"]
