"""Wrong: compiles with metrics=[keras.metrics.Accuracy()], taking "the metric object" literally; Accuracy counts exact equality of label and prediction, so against softmax rows it reads about 0; breaks 'the "accuracy" metric, as the note does ("acc" or the metric object do the same)'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n',
        '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=[keras.metrics.Accuracy()])\n',
    ),
]
