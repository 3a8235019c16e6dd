"""Right: compiled with the "adam" string (Adam's defaults) and a keras.losses.CategoricalCrossentropy() object."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "done"

MUTATE = [
    ('''    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])
''',
     '''    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])
'''),
]
