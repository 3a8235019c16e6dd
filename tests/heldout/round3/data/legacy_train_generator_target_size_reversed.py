"""Wrong: Passed target_size as (width, height), reversed; breaks 'image_size: (height, width) every image is resized to'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size)''',
     '''    return datagen.flow_from_directory(directory, target_size=image_size[::-1], class_mode="binary",
                                       batch_size=batch_size)'''),
]
