"""Wrong: class_mode=None, as prediction tutorials write it, so the iterator yields images without labels; breaks 'one 0.0 / 1.0 label per image (the binary class mode)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ("""    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     """    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode=None)"""),
]
