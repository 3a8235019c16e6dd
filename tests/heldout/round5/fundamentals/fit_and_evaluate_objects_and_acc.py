"""Right: Compiles with optimizer and loss objects (keras.optimizers.Adam(), SparseCategoricalCrossentropy()) and the metric name "acc"."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     'model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.SparseCategoricalCrossentropy(),\n                  metrics=["acc"])\n    history'),
]
