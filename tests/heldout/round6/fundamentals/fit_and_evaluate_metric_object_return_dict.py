"""Right: Adam and the metric as objects, evaluate(return_dict=True), numbers read from the dict by name."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ('''    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
    return history, test_loss, test_acc''',
     '''    model.compile(optimizer=keras.optimizers.Adam(), loss="sparse_categorical_crossentropy",
                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    scores = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
    return history, scores["loss"], scores["accuracy"]'''),
]
