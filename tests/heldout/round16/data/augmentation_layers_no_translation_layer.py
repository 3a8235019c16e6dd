"""Wrong: translates rescale, rotation, zoom and flips but leaves out width_shift_range, as Keras has no layer named 'shift' (no RandomTranslation); breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width'."""

EXERCISE, VERDICT = 'data.augmentation_layers', 'wrong'

MUTATE = [
    ('        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n',
     ''),
]
