"""Wrong: special-cased two classes with integer labels as a binary problem (one sigmoid unit, binary_crossentropy), which trains fine on 0/1 labels; breaks 'with `num_classes` output units' and a softmax output for 2 to 12 classes."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax"),',
     'keras.layers.Dense(1, activation="sigmoid") if num_classes == 2 and not one_hot\n        else keras.layers.Dense(num_classes, activation="softmax"),'),
    ('loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     'loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    if num_classes == 2 and not one_hot:\n        loss = "binary_crossentropy"'),
]
