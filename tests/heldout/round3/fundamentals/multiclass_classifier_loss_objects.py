"""Right: Chooses a CategoricalCrossentropy() or SparseCategoricalCrossentropy() object and an Adam() instance instead of strings."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"
MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = keras.losses.CategoricalCrossentropy() if one_hot else keras.losses.SparseCategoricalCrossentropy()'),
    ('    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    model.compile(optimizer=keras.optimizers.Adam(), loss=loss, metrics=["accuracy"])'),
]
