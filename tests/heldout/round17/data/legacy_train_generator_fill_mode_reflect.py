"""Right: adds fill_mode="reflect"; how shifted-in pixels are filled is not an augmentation, and every listed setting keeps its value."""

EXERCISE, VERDICT = "data.legacy_train_generator", "done"

MUTATE = [
    ('horizontal_flip=True, vertical_flip=True)',
     'horizontal_flip=True, vertical_flip=True,\n                                                              fill_mode="reflect")'),
]
