"""Wrong: copies the text tutorial's BinaryAccuracy(threshold=0.0), meant for logits, onto the sigmoid output, so every prediction counts as positive; breaks 'the "accuracy" metric'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'accuracy threshold'

MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier',
     '    model.compile(optimizer="adam", loss="binary_crossentropy",\n                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy", threshold=0.0)])\n    return model\n\n\ndef multiclass_classifier'),
]
