"""Wrong: the base run in training mode (its Dropout acts)."""
EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", 'inference mode'
MUTATE = [
    ('base(images, training=False)', 'base(images, training=True)'),
]
