"""Wrong: the learner left class_mode out of flow_from_directory, since their two-class folder printed a sensible-looking label per image; the default is 'categorical', one-hot rows of two columns; breaks 'one 0.0 / 1.0 label per image (the binary class mode)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size)'),
]
