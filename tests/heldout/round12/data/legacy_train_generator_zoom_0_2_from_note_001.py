"""Wrong: zooms by 0.2, note 001's augmentation value, instead of note 004's 0.3; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3 ([0.7, 1.3] says the same)'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=30, zoom_range=0.2,'),
]
