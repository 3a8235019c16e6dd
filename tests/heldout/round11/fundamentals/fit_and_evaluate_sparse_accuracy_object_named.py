"""Right: compiles with keras.losses.SparseCategoricalCrossentropy() and keras.metrics.SparseCategoricalAccuracy(name="accuracy") objects."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.SparseCategoricalCrossentropy(),\n                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])'),
]
