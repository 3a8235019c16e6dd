"""Wrong: passes metrics="accuracy" as a bare string, which Keras 3's compile rejects (it wants a list, tuple or dict); breaks 'Compiled with ... the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('loss="sparse_categorical_crossentropy", metrics=["accuracy"]',
     'loss="sparse_categorical_crossentropy", metrics="accuracy"'),
]
