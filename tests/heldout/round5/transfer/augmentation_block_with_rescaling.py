"""Wrong: Put a Rescaling(1/255) first in the block; breaks 'of exactly five layers' (all random)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('def augmentation_block():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")',
     'def augmentation_block():\n    return keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")'),
]
