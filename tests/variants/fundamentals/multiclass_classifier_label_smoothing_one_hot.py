"""Wrong: uses CategoricalCrossentropy(label_smoothing=0.1) for one-hot labels, another loss than the categorical cross-entropy; breaks 'one-hot labels ([0, 0, 0, 1, ...]), when `one_hot` is True: categorical_crossentropy'."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", 'label_smoothing'

MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = (keras.losses.CategoricalCrossentropy(label_smoothing=0.1) if one_hot\n            else "sparse_categorical_crossentropy")'),
]
