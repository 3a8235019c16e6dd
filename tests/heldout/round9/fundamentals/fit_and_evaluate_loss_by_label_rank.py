"""Right: picks the loss from the labels' rank, sparse_categorical_crossentropy for integer labels (categorical for one-hot rows); with the integer labels given it compiles exactly the note's loss."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n',
        '    loss = "categorical_crossentropy" if np.ndim(y_train) > 1 else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n',
    ),
]
