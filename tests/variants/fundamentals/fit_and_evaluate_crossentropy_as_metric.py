"""Wrong: a chatbot's metrics=["sparse_categorical_crossentropy"], so the second number evaluate gives is a loss; breaks 'the "accuracy" metric'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "metrics"

MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     'model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["sparse_categorical_crossentropy"])\n    history'),
]
