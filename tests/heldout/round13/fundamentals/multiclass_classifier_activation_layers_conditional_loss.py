"""Right: writes both activations as layers after linear Dense layers and picks the loss with a conditional on one_hot inside compile()."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '        keras.layers.Dense(128),\n        keras.layers.Activation("relu"),\n        keras.layers.Dense(num_classes),\n        keras.layers.Softmax(),\n    ])\n    model.compile(optimizer=keras.optimizers.Adam(),\n                  loss=keras.losses.CategoricalCrossentropy() if one_hot else keras.losses.SparseCategoricalCrossentropy(),\n                  metrics=["accuracy"])'),
]
