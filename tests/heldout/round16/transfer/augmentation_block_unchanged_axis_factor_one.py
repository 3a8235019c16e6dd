"""Wrong: wrote the axis to leave alone as factor 1.0 ("100 %, unchanged", as a scale), RandomZoom(height_factor=0.2, width_factor=1.0) and the reverse, which zooms that axis by up to 100 %; breaks 'zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT = 'transfer.augmentation_block', 'wrong'

MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     '        keras.layers.RandomZoom(height_factor=0.2, width_factor=1.0),\n        keras.layers.RandomZoom(height_factor=1.0, width_factor=0.2),'),
]
