"""Wrong: rotation_range=60, reading 'up to 30 degrees either way' as a 60-degree span; breaks 'rotation_range 30, in degrees'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('                                                              rotation_range=30, zoom_range=0.3,',
     '                                                              rotation_range=60, zoom_range=0.3,'),
]
