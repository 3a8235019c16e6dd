"""Right: picks the loss object and the matching accuracy object by label kind, both metric objects named "accuracy"."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    if one_hot:\n        loss, metric = keras.losses.CategoricalCrossentropy(), keras.metrics.CategoricalAccuracy(name="accuracy")\n    else:\n        loss, metric = keras.losses.SparseCategoricalCrossentropy(), keras.metrics.SparseCategoricalAccuracy(name="accuracy")\n    model.compile(optimizer="adam", loss=loss, metrics=[metric])'),
]
