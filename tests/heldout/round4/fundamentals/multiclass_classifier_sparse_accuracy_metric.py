"""Wrong: Compiled with metrics=['sparse_categorical_accuracy'] for both kinds of labels, which misreads one-hot rows; breaks 'Compiled with the Adam optimizer and the "accuracy" metric'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ("""        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])""",
     """        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["sparse_categorical_accuracy"])"""),
]
