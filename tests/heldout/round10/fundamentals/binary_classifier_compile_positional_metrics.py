"""Wrong: compiles as Keras 2 allowed, compile('adam', 'binary_crossentropy', ['accuracy']); Keras 3's third positional parameter is loss_weights; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric.'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier',
     '    model.compile("adam", "binary_crossentropy", ["accuracy"])\n    return model\n\n\ndef multiclass_classifier'),
]
