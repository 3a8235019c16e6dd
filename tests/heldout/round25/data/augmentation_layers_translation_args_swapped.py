"""Wrong: the learner wrote RandomTranslation(0.3, 0.0) thinking of (width, height) like image sizes in many APIs; the first argument is height_factor, so the images shift up and down only, never sideways; breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),',
     'keras.layers.RandomTranslation(0.3, 0.0),'),
]
