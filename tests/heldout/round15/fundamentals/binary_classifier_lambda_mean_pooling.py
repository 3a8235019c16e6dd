"""Right: averages the word vectors over the sequence axis with Lambda(lambda v: keras.ops.mean(v, axis=1)) instead of GlobalAveragePooling1D: the same average, then the same hidden layer, sigmoid output and compile."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"',
     '        keras.layers.Lambda(lambda vectors: keras.ops.mean(vectors, axis=1)),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"'),
]
