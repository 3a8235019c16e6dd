"""Right: the learner builds the review classifier with the functional API, keras.Input(shape=(None,), dtype="int32") so reviews of any length go in, then Embedding(input_dim=vocab_size, output_dim=16), GlobalAveragePooling1D, Dense(16, relu) and Dense(1, sigmoid), wrapped in keras.Model, compiled with the Adam, BinaryCrossentropy and BinaryAccuracy(name="accuracy") objects: the same layers, loss and metric for every vocab_size."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('''    model = keras.Sequential([
        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model''',
     '''    words = keras.Input(shape=(None,), dtype="int32")
    vectors = keras.layers.Embedding(input_dim=vocab_size, output_dim=16)(words)
    review = keras.layers.GlobalAveragePooling1D()(vectors)
    hidden = keras.layers.Dense(16, activation="relu")(review)
    positive = keras.layers.Dense(1, activation="sigmoid")(hidden)
    model = keras.Model(inputs=words, outputs=positive)
    model.compile(optimizer=keras.optimizers.Adam(),
                  loss=keras.losses.BinaryCrossentropy(),
                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy")])
    return model'''),
]
