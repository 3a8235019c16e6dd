"""Wrong: categorical_crossentropy expects one-hot labels; these are integers."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "categorical_crossentropy"


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    loss, acc = model.evaluate(x_test, y_test, verbose=0)
    return history, loss, acc
