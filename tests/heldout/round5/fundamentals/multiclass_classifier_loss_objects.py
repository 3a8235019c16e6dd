"""Right: Picks the loss as an object, CategoricalCrossentropy() or SparseCategoricalCrossentropy(), with an Adam object."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"
MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    if one_hot:\n        loss = keras.losses.CategoricalCrossentropy()\n    else:\n        loss = keras.losses.SparseCategoricalCrossentropy()\n    model.compile(optimizer=keras.optimizers.Adam(), loss=loss, metrics=["accuracy"])'),
]
