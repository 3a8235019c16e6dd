"""Wrong: keeps the sigmoid output but compiles with BinaryCrossentropy(from_logits=True), applying the sigmoid twice; breaks 'Compiled with ... the binary_crossentropy loss' (on the sigmoid's probabilities)."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ("""    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])""",
     """    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(optimizer="sgd", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])"""),
]
