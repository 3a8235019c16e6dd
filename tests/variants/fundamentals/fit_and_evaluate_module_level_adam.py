"""Wrong: compiles every model with one Adam instance made at import; an optimizer is built for the first model's variables, so the next model given to fit_and_evaluate cannot train with it; breaks 'Compiled with the Adam optimizer ... train it on the training data'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'module variable _ADAM'

MUTATE = [
    (
        'def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n',
        '_ADAM = keras.optimizers.Adam()\n\n\ndef fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):\n    model.compile(optimizer=_ADAM, loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n',
    ),
]
