"""Wrong: writes zoom_range=30 in the same units as rotation_range=30 next to it, a zoom factor range of [-29, 31]; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=30, zoom_range=30,'),
]
