"""Right: optimizer, loss and metric as objects (BinaryAccuracy named 'accuracy')."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"
MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     '''    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),
                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy")])'''),
]
