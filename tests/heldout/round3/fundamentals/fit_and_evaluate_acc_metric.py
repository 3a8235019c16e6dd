"""Wrong: Used the Keras 2 metric name "acc" (History keys read 'acc'); breaks 'Compiled with ... the "accuracy" metric, as the note does'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["acc"])'),
]
