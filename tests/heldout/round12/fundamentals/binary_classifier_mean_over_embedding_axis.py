"""Wrong: averages with a Lambda over the last axis (keras.ops.mean(x, axis=-1)), the 16 embedding numbers, instead of over the sequence; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),',
     '        keras.layers.Lambda(lambda x: keras.ops.mean(x, axis=-1)),\n        keras.layers.Dense(16, activation="relu"),'),
]
