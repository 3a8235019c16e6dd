"""Wrong: zoom_range=[0.7, 1.0], zoom factors below 1 only; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('zoom_range=0.3,',
     'zoom_range=[0.7, 1.0],'),
]
