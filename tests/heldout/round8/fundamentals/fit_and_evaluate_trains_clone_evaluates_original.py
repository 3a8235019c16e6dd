"""Wrong: trains a clone ("to keep the given model untouched") but evaluates the model it was given, which never trained; breaks 'then measure it on test data it has never seen' (the measure of the trained model)."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    (
        '    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n',
        '    worker = keras.models.clone_model(model)  # keep the given model untouched\n    worker.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history = worker.fit(x_train, y_train, epochs=epochs, verbose=0)\n',
    ),
]
