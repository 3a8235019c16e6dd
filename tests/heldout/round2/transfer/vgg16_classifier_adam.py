"""Wrong: Compiled with Adam; breaks 'Compiled with the "sgd" optimizer'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('optimizer="sgd"',
     'optimizer="adam"'),
]
