"""Wrong: for the height-only zoom the learner passed just height_factor=0.2, thinking the width is then left alone; RandomZoom's width_factor=None means "zoom the width by the same amount", so the fourth layer is a second plain zoom that keeps the aspect ratio; breaks 'zoom in height only (0.2)' and 'up to 20 % in height alone for RandomHeight'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),',
     '        keras.layers.RandomZoom(height_factor=0.2),'),
]
