"""Wrong: Put the Dense(16, relu) between the embedding and the average, so it acts on every word before pooling; breaks 'Layers, in order: an embedding ..., an average over the sequence, a hidden layer of 16 units'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ("""        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])""",
     """        keras.layers.Embedding(vocab_size, 16),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])"""),
]
