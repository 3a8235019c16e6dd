"""Wrong: passes the model's input shape, image_size + (3,), as target_size; flow_from_directory wants (height, width) and keeps the three numbers; breaks 'Images resized to `image_size`'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    (
        '    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n',
        '    return datagen.flow_from_directory(directory, target_size=tuple(image_size) + (3,), class_mode="binary",\n',
    ),
]
