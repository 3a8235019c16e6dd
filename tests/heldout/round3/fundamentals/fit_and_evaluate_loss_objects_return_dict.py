"""Right: Compiles with Adam() and SparseCategoricalCrossentropy() objects and reads the test numbers from evaluate(return_dict=True)."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '''    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=["accuracy"])'''),
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '''    scores = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
    test_loss, test_acc = scores["loss"], scores["accuracy"]'''),
]
