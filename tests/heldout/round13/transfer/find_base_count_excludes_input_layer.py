"""Wrong: counts the base's layers without its InputLayer (isinstance filter), as 'real' layers; breaks 'the number of the base's own layers, as note 000 prints them: 154 for MobileNetV2'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    return base, len(base.layers)',
     '    return base, len([layer for layer in base.layers if not isinstance(layer, keras.layers.InputLayer)])'),
]
