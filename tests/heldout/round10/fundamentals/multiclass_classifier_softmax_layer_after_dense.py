"""Right: gives the output Dense no activation and follows it with a Softmax() layer, choosing the loss from a dict."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    ('        keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '        keras.layers.Dense(num_classes),\n        keras.layers.Softmax(),\n    ])\n    loss = {True: "categorical_crossentropy", False: "sparse_categorical_crossentropy"}[bool(one_hot)]'),
]
