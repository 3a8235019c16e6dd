"""Wrong: Left the input layer out of the count; breaks '154 for MobileNetV2'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('return base, len(base.layers)',
     'return base, len(base.layers) - 1'),
]
