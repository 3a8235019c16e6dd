"""Wrong: the learner read width_shift_range=0.3 as a range from 0 to 30 % and gave RandomTranslation width_factor=(0.0, 0.3); in training mode the images did move sideways and never up or down, which is what they checked; but the shift is now always to one side (rightward), never the other, while the generator's width_shift_range draws from -30 % to +30 %; breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width' (sideways both ways, like the rotation and the zoom)."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('''        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),''',
     '''        keras.layers.RandomTranslation(height_factor=0.0, width_factor=(0.0, 0.3)),'''),
]
