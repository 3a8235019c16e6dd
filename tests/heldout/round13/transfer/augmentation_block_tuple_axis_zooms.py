"""Right: writes the two one-axis zooms with (-0.2, 0.2) ranges and the other axis's factor as (0.0, 0.0), and the name by keyword after the layer list variable."""

EXERCISE, VERDICT = "transfer.augmentation_block", "done"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")',
     '    layers = [\n        keras.layers.RandomFlip(mode="horizontal"),\n        keras.layers.RandomRotation(factor=0.2),\n        keras.layers.RandomZoom(height_factor=0.2),\n        keras.layers.RandomZoom(height_factor=(-0.2, 0.2), width_factor=(0.0, 0.0)),\n        keras.layers.RandomZoom(height_factor=(0.0, 0.0), width_factor=(-0.2, 0.2)),\n    ]\n    return keras.Sequential(layers=layers, name="data_augmentation")'),
]
