"""Right: compiles with run_eagerly=True (a debugging habit): slower, but the same Adam optimizer, sparse_categorical_crossentropy loss and accuracy metric, trained on the training data and measured on the test data."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"],\n                  run_eagerly=True)'),
]
