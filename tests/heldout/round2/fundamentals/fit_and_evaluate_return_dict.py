"""Correct: Adam object and evaluate(return_dict=True), reading 'loss' and 'accuracy' by name."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy"',
     'model.compile(optimizer=keras.optimizers.Adam(), loss="sparse_categorical_crossentropy"'),
    ('test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     'results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)\n    test_loss, test_acc = results["loss"], results["accuracy"]'),
]
