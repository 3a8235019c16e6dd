"""Wrong: writes the rotation as RandomRotation((0, 0.2)), reading 0.2 as a range from 0, so images only ever turn one way; breaks 'rotate (0.2)' (RandomRotation(0.2) turns up to 0.2 of a turn either way)."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    (
        '        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n',
        '        keras.layers.RandomRotation((0, 0.2)),\n        keras.layers.RandomZoom(0.2),\n',
    ),
]
