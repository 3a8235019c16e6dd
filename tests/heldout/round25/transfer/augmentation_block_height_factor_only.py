"""Wrong: for the one-axis zooms the learner wrote RandomZoom(height_factor=0.2) and RandomZoom(0.0, width_factor=0.2), reading "height_factor" alone as "height only"; left at None, width_factor keeps the aspect ratio and zooms both axes, so the first stand-in is a plain zoom; breaks 'zoom in height only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),',
     'keras.layers.RandomZoom(height_factor=0.2),'),
]
