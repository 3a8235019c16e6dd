"""Wrong: a two-unit softmax head with sparse categorical cross-entropy; breaks 'one sigmoid output unit' and 'the binary_crossentropy loss'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ("""    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])""",
     """    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])"""),
]
