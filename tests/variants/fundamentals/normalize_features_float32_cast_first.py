"""Right (as keras.layers.Normalization computes): casts both sets to float32 first; the contract asks for no more than float32's precision."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "done", ""

MUTATE = [
    ('    mean = train.mean(axis=0)\n',
     '    train, test = train.astype("float32"), test.astype("float32")  # Keras trains in float32 anyway\n    mean = train.mean(axis=0)\n'),
]
