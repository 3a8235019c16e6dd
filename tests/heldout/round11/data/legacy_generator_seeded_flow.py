"""Right: passes shuffle=True and a fixed seed to flow_from_directory (same files, classes and labels)."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary", shuffle=True, seed=1)'),
]
