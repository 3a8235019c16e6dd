"""Right: flow_from_directory with positional arguments (directory, target_size, color_mode, classes, class_mode, batch_size)."""
EXERCISE, VERDICT = "data.legacy_generator", "done"
MUTATE = [
    ("""    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     '    return datagen.flow_from_directory(directory, tuple(image_size), "rgb", None, "binary", batch_size)'),
]
