"""Wrong: GlobalAveragePooling1D(data_format='channels_first') averages over the 16 embedding numbers instead of over the words; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
SAYS = 'pooling'
MUTATE = [
    ("""        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),""",
     """        keras.layers.GlobalAveragePooling1D(data_format="channels_first"),
        keras.layers.Dense(16, activation="relu"),"""),
]
