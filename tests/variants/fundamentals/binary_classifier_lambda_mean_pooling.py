"""Wrong (the module's rule): averages the word vectors with Lambda(lambda v: keras.ops.mean(v, axis=1)) instead of GlobalAveragePooling1D: the same average, but code inside the model, which a class's grading cannot load; breaks 'A model holds Keras' own layers only'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "Lambda"

MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"',
     '        keras.layers.Lambda(lambda vectors: keras.ops.mean(vectors, axis=1)),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"'),
]
