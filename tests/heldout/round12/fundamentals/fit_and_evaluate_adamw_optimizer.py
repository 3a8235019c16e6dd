"""Wrong: compiles with AdamW (Adam with weight decay) instead of Adam; breaks 'Compiled with the Adam optimizer, the sparse_categorical_crossentropy loss (the labels are integers) and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="adamw", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'),
]
