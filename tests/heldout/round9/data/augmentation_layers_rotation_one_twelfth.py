"""Right: writes the rotation factor as 1 / 12, which is 30/360 of a full turn."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    (
        '        keras.layers.RandomRotation(30 / 360),\n',
        '        keras.layers.RandomRotation(1 / 12),\n',
    ),
]
