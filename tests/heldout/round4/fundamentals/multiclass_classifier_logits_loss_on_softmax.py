"""Wrong: Compiled loss objects with from_logits=True on top of the softmax output; breaks 'a softmax output is only right with the loss that reads its labels' (the loss reads probabilities as logits)."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ("""        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])""",
     """        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    if one_hot:
        loss = keras.losses.CategoricalCrossentropy(from_logits=True)
    else:
        loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])"""),
]
