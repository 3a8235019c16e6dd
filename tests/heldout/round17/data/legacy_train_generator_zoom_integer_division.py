"""Wrong: writes the zoom as zoom_range=30 // 100, which is 0, so the generator never zooms; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('zoom_range=0.3,',
     'zoom_range=30 // 100,'),
]
