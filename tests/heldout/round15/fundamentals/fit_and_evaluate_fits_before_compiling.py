"""Wrong: trains first and compiles afterwards ("say how it learns" read as a step before evaluating), so fit() raises 'You must call compile() before using the model'; breaks 'The cycle of every Keras model: say how it learns (optimizer, loss, metric), train it on the training data, then measure it'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'),
]
