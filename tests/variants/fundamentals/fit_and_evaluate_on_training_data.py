"""Wrong: evaluating on the training data flatters the model."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "x_test"


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    loss, acc = model.evaluate(x_train, y_train, verbose=0)
    return history, loss, acc
