"""Wrong: fit() runs its default single epoch, not the number asked for."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "epochs=epochs"


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, verbose=0)
    loss, acc = model.evaluate(x_test, y_test, verbose=0)
    return history, loss, acc
