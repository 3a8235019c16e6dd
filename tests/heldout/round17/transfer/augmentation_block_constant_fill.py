"""Right: gives the three zooms fill_mode="constant" (zero padding where a zoom-out leaves room); the docstring leaves how content is cropped or padded open."""

EXERCISE, VERDICT = "transfer.augmentation_block", "done"

MUTATE = [
    ('        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     '        keras.layers.RandomZoom(0.2, fill_mode="constant"),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0, fill_mode="constant"),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2, fill_mode="constant"),'),
]
