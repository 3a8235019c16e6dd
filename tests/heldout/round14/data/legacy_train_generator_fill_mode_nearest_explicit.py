"""Right: the course's habit of writing fill_mode="nearest" into the generator, its default anyway; every augmentation setting is the note's."""

EXERCISE, VERDICT = "data.legacy_train_generator", "done"

MUTATE = [
    ('horizontal_flip=True, vertical_flip=True)',
     'horizontal_flip=True, vertical_flip=True,\n                                                              fill_mode="nearest")'),
]
