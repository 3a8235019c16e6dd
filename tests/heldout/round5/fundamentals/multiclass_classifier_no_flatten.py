"""Wrong: Left out the Flatten, so the Dense layers act on each row of the image; breaks 'The same layers as `sequential_model`' (a flattening first)."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('def multiclass_classifier(num_classes=10, one_hot=False):\n    model = keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n    return model',
     'def multiclass_classifier(num_classes=10, one_hot=False):\n    model = keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n    return model'),
]
