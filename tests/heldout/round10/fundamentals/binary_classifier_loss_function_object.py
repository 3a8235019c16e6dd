"""Right: passes the loss as the function keras.losses.binary_crossentropy and the optimizer as a fresh Adam() instance."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier',
     '    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.binary_crossentropy,\n                  metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier'),
]
