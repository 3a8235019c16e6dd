"""Right: compiles in two branches, with loss objects, one per kind of label."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    if one_hot:\n        model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])\n    else:\n        model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])'),
]
