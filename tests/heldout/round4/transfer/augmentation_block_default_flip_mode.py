"""Wrong: Used RandomFlip() with its default mode, which flips vertically too; breaks 'flip (horizontal)'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ("""    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")""",
     """    return keras.Sequential([
        keras.layers.RandomFlip(),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")"""),
]
