"""Right: Functional API with an explicit variable-length integer input and loss/optimizer objects (BinaryCrossentropy(), Adam())."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"
MUTATE = [
    ('''    model = keras.Sequential([
        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])''',
     '''    words = keras.Input(shape=(None,), dtype="int32")
    x = keras.layers.Embedding(input_dim=vocab_size, output_dim=16)(words)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(16, activation="relu")(x)
    positive = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(words, positive)
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])'''),
]
