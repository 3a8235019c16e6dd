"""Wrong: a PyTorch-style linear output with SparseCategoricalCrossentropy(from_logits=True), but plain categorical_crossentropy in the one-hot branch; breaks 'a softmax output is only right with the loss that reads its labels'."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "output layer"

MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     'keras.layers.Dense(num_classes),\n    ])\n    loss = "categorical_crossentropy" if one_hot else keras.losses.SparseCategoricalCrossentropy(from_logits=True)'),
]
