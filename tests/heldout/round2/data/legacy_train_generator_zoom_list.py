"""Correct: Zoom_range=[0.7, 1.3], which the docstring says is the same."""
EXERCISE, VERDICT = "data.legacy_train_generator", "done"
MUTATE = [
    ('zoom_range=0.3',
     'zoom_range=[0.7, 1.3]'),
]
