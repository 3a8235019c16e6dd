"""Wrong: the learner stood in for RandomHeight and RandomWidth with RandomTranslation(0.2, 0.0) and RandomTranslation(0.0, 0.2), which also move along one axis and keep the size; a shift keeps the aspect ratio, so these are not the kit's stand-ins; breaks 'a zoom along one axis only: up to 20 % in height alone for RandomHeight, up to 20 % in width alone for RandomWidth'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     '        keras.layers.RandomTranslation(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.2),'),
]
