"""Right: passes the class folders to flow_from_directory explicitly, sorted, as classes=."""

EXERCISE, VERDICT = "data.legacy_train_generator", "done"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size)',
     '    import os\n\n    classes = sorted(entry.name for entry in os.scandir(directory) if entry.is_dir())\n    return datagen.flow_from_directory(directory, target_size=image_size, classes=classes,\n                                       class_mode="binary", batch_size=batch_size)'),
]
