"""Right: Adds the five layers one by one to Sequential(name="data_augmentation"), zoom factors written as ranges with the other axis fixed at (0, 0)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "done"
MUTATE = [
    ('''    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")''',
     '''    block = keras.Sequential(name="data_augmentation")
    block.add(keras.layers.RandomFlip(mode="horizontal"))
    block.add(keras.layers.RandomRotation(factor=0.2))
    block.add(keras.layers.RandomZoom(height_factor=(-0.2, 0.2)))
    block.add(keras.layers.RandomZoom(height_factor=(-0.2, 0.2), width_factor=(0.0, 0.0)))
    block.add(keras.layers.RandomZoom(height_factor=(0.0, 0.0), width_factor=(-0.2, 0.2)))
    return block'''),
]
