"""Wrong: the dropout sits after the output unit; breaks 'a global average pooling, a dropout of 0.2, and one output unit with no activation: one logit' (in that order)."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ("""    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)""",
     """    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dense(1)(x)
    outputs = keras.layers.Dropout(0.2)(x)"""),
]
