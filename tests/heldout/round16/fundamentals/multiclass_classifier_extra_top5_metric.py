"""Wrong: adds 'top_k_categorical_accuracy' next to 'accuracy' whatever the labels; that metric reads one-hot rows, so fit() on integer labels raises ValueError; breaks 'Compiled with the Adam optimizer and the "accuracy" metric' (a model that trains on integer labels too)."""

EXERCISE, VERDICT = 'fundamentals.multiclass_classifier', 'wrong'

MUTATE = [
    ('model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     'model.compile(optimizer="adam", loss=loss, metrics=["accuracy", "top_k_categorical_accuracy"])'),
]
