"""Wrong: returns the configured ImageDataGenerator and never flows it from the folder; breaks 'the iterator that flowing from the folder gives (its .image_data_generator holds the settings)'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size)',
     '    return datagen'),
]
