"""Wrong: Dropped the RandomWidth stand-in; breaks 'exactly five layers'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n',
     ''),
]
