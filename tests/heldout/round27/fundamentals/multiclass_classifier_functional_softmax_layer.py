"""Right: the learner builds the classifier with the functional API, Reshape((784,)) in place of Flatten, Dense(128) then Activation("relu"), Dense(num_classes) then a Softmax() layer, and picks the loss object from the kind of label, CategoricalCrossentropy() when one_hot is true, SparseCategoricalCrossentropy() otherwise, with Adam and the "accuracy" metric; one output unit per class for any num_classes from 2 up, and the loss reads the labels it will be given."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    ('''    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model''',
     '''    images = keras.Input(shape=(28, 28))
    x = keras.layers.Reshape((28 * 28,))(images)
    x = keras.layers.Dense(128)(x)
    x = keras.layers.Activation("relu")(x)
    x = keras.layers.Dense(num_classes)(x)
    probabilities = keras.layers.Softmax()(x)
    model = keras.Model(images, probabilities)
    if one_hot:
        loss = keras.losses.CategoricalCrossentropy()
    else:
        loss = keras.losses.SparseCategoricalCrossentropy()
    model.compile(optimizer=keras.optimizers.Adam(), loss=loss, metrics=["accuracy"])
    return model'''),
]
