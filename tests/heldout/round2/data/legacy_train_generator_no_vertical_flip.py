"""Wrong: Left out vertical_flip; breaks 'horizontal_flip and vertical_flip on'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('horizontal_flip=True, vertical_flip=True)',
     'horizontal_flip=True)'),
]
