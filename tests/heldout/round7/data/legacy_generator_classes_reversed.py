"""Wrong: passes classes in reverse-sorted order ('so that dogs are 1'), which flips the labels; breaks 'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ("""    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     """    import os

    classes = sorted((name for name in os.listdir(directory) if os.path.isdir(os.path.join(directory, name))),
                     reverse=True)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary", classes=classes)"""),
]
