"""Wrong: zoom_range=0.7, the lower end of the factors, which the generator reads as [0.3, 1.7]; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('                                                              rotation_range=30, zoom_range=0.3,',
     '                                                              rotation_range=30, zoom_range=0.7,'),
]
