"""Wrong: names the turn as a module constant MAX_TURN_DEGREES = 72 and passes 72 / 180 = 0.4, reading the factor as a share of half a turn (like radians over pi); breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", "augmentation layers"

MUTATE = [
    ('BASES = {',
     'MAX_TURN_DEGREES = 72  # a fifth of a full turn\n\nBASES = {'),
    ('        keras.layers.RandomRotation(0.2),\n    ])',
     '        keras.layers.RandomRotation(MAX_TURN_DEGREES / 180),\n    ])'),
]
