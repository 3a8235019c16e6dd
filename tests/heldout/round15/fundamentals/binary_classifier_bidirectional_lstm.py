"""Wrong: certificate-course habit: reads the review with Bidirectional(LSTM(16)) instead of averaging its word vectors; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"',
     '        keras.layers.Bidirectional(keras.layers.LSTM(16)),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"'),
]
