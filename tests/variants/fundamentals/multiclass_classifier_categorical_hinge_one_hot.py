"""Wrong: a chatbot's categorical_hinge loss for one-hot labels; breaks 'one-hot labels ... when `one_hot` is True: categorical_crossentropy'."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "loss"

MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     'keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_hinge" if one_hot else "sparse_categorical_crossentropy"'),
]
