"""Right: the loss as an object and Adam with its default rate written out (0.001)."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "done"
MUTATE = [
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '''    model.compile(loss=keras.losses.CategoricalCrossentropy(), optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  metrics=["accuracy"])'''),
]
