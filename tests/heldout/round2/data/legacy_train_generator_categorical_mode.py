"""Wrong: Left class_mode at its default, 'categorical'; breaks 'one 0.0 / 1.0 label per image (the binary class mode)'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('class_mode="binary",\n                                       batch_size=batch_size)',
     '\n                                       batch_size=batch_size)'),
]
