"""Wrong: the learner subtracted one from len(base.layers), reasoning that the InputLayer holds no weights and is not a real layer; MobileNetV2 gives 153; breaks 'the number of the base's own layers, as note 000 prints them: 154 for MobileNetV2'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    return base, len(base.layers)',
     '    return base, len(base.layers) - 1'),
]
