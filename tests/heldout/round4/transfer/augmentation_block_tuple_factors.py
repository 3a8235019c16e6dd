"""Right: Gives the one-axis zooms as symmetric ranges, (-0.2, 0.2) on one axis and (0.0, 0.0) on the other, and the layers list on lines of its own."""
EXERCISE, VERDICT = "transfer.augmentation_block", "done"
MUTATE = [
    ("""    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")""",
     """    return keras.Sequential(
        [
            keras.layers.RandomFlip(mode="horizontal"),
            keras.layers.RandomRotation(factor=0.2),
            keras.layers.RandomZoom(height_factor=0.2),
            keras.layers.RandomZoom(height_factor=(-0.2, 0.2), width_factor=(0.0, 0.0)),
            keras.layers.RandomZoom(height_factor=(0.0, 0.0), width_factor=(-0.2, 0.2)),
        ],
        name="data_augmentation",
    )"""),
]
