"""Wrong: returns next(iterator), the first (images, labels) batch, instead of the iterator; breaks 'Returns: the iterator that flowing from the folder gives (it knows .class_indices and .samples)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    iterator = datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                           class_mode="binary")\n    return next(iterator)'),
]
