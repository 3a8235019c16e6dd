"""Right: adapts a keras.layers.Normalization layer on the training set and applies it to both, returned as NumPy arrays (float32; the layer's variance is the population variance, as np.std)."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     '    layer = keras.layers.Normalization(axis=-1)\n    layer.adapt(np.asarray(train, dtype="float32"))\n    return np.asarray(layer(np.asarray(train, dtype="float32"))), np.asarray(layer(np.asarray(test, dtype="float32")))'),
]
