"""Right: Sequential built with add(), keyword Embedding arguments, optimizer and loss objects."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"
MUTATE = [
    ("""    model = keras.Sequential([
        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])""",
     """    model = keras.Sequential()
    model.add(keras.layers.Embedding(input_dim=vocab_size, output_dim=16))
    model.add(keras.layers.GlobalAveragePooling1D())
    model.add(keras.layers.Dense(16, activation="relu"))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])"""),
]
