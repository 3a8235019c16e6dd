"""Right: Declares an integer sequence input first and compiles with optimizer and loss objects (keras.optimizers.Adam(), keras.losses.BinaryCrossentropy())."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"
MUTATE = [
    ("""        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])""",
     """        keras.Input(shape=(None,), dtype="int32"),
        keras.layers.Embedding(input_dim=vocab_size, output_dim=16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])"""),
]
