"""Wrong: the learner left flow_from_directory's class_mode at its default, reading the two folders as "two classes" that Keras labels on its own, which gives one-hot categorical rows; breaks 'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n'
     '                                       class_mode="binary")',
     '    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size)'),
]
