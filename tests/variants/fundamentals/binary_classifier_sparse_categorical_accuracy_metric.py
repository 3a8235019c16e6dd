"""Wrong: asks for metrics=["sparse_categorical_accuracy"] (the metric of the multiclass exercise), which takes the argmax of the single sigmoid column, always class 0; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric.'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'one output unit'

MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier',
     '    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["sparse_categorical_accuracy"])\n    return model\n\n\ndef multiclass_classifier'),
]
