"""Wrong: Counted the layers as the index of the last one, base.layers.index(base.layers[-1]); breaks 'the number of the base's own layers ... 154 for MobileNetV2'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('return base, len(base.layers)',
     'return base, base.layers.index(base.layers[-1])'),
]
