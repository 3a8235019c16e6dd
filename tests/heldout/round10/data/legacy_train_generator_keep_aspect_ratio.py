"""Wrong: flows with keep_aspect_ratio=True, which crops each image to the target's aspect ratio before resizing; breaks 'Images resized to `image_size`'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size)',
     '    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size, keep_aspect_ratio=True)'),
]
