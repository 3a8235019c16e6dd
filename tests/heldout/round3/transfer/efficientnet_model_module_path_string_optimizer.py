"""Right: keras.applications.efficientnet.EfficientNetB0, optimizer="adam" (the defaults) and a CategoricalCrossentropy() object."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "done"
MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     '    base = keras.applications.efficientnet.EfficientNetB0(weights=weights, include_top=False)'),
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])'),
]
