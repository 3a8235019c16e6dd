"""Right: collects the five layers in a list (zoom layers with explicit height_factor/width_factor keywords) and names the Sequential by keyword."""

EXERCISE, VERDICT = "transfer.augmentation_block", "done"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")',
     '    layers = [\n        keras.layers.RandomFlip(mode="horizontal"),\n        keras.layers.RandomRotation(factor=0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ]\n    return keras.Sequential(layers=layers, name="data_augmentation")'),
]
