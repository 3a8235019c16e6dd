"""Right: the five layers given the note's layer names (random_height, random_width for the one-axis zooms)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "done"
MUTATE = [
    ('''        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),''',
     '''        keras.layers.RandomFlip("horizontal", name="random_flip"),
        keras.layers.RandomRotation(0.2, name="random_rotation"),
        keras.layers.RandomZoom(0.2, name="random_zoom"),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0, name="random_height"),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2, name="random_width"),'''),
]
