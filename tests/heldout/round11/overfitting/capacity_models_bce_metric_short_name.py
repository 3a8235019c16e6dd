"""Wrong: adds the cross-entropy metric as keras.metrics.BinaryCrossentropy(name="bce"), so the logs say "bce" and plot_history finds no "binary_crossentropy"; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])',
     '    model.compile(optimizer="adam", loss="binary_crossentropy",\n                  metrics=["accuracy", keras.metrics.BinaryCrossentropy(name="bce")])'),
]
