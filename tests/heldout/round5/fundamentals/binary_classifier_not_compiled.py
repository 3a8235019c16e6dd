"""Wrong: Returned the model without compiling it; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass',
     'return model\n\n\ndef multiclass'),
]
