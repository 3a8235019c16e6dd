"""Correct: One-axis zooms written positionally, RandomZoom(0.2, 0.0) and RandomZoom(0.0, 0.2)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "done"
MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     'keras.layers.RandomZoom(0.2, 0.0),\n        keras.layers.RandomZoom(0.0, 0.2),'),
]
