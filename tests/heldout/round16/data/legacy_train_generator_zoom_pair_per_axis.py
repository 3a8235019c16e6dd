"""Wrong: writes zoom_range=[0.3, 0.3], meaning 0.3 for width and for height, but a list is read as [lower, upper], so every image is zoomed by exactly 0.3; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3'."""

EXERCISE, VERDICT = 'data.legacy_train_generator', 'wrong'

MUTATE = [
    ('zoom_range=0.3,',
     'zoom_range=[0.3, 0.3],'),
]
