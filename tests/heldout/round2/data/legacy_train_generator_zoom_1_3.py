"""Wrong: Zoom_range=1.3, read as 'up to 130 %' (the generator makes it [-0.3, 2.3]); breaks 'zoom factors from 0.7 to 1.3'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('zoom_range=0.3',
     'zoom_range=1.3'),
]
