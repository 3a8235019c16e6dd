"""Wrong: Called flow_from_directory but returned the ImageDataGenerator itself; breaks 'Returns: the iterator that flowing from the folder gives (it knows .class_indices and .samples)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")''',
     '''    datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size, class_mode="binary")
    return datagen'''),
]
