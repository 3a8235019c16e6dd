"""Wrong: Flipped vertically; breaks 'flip (horizontal)'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('def augmentation_block():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")',
     'def augmentation_block():\n    return keras.Sequential([\n        keras.layers.RandomFlip("vertical"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")'),
]
