"""Right: passes flow_from_directory's arguments positionally in their real order: directory, target_size, color_mode "rgb", classes None, class_mode "binary", batch_size."""

EXERCISE, VERDICT = "data.legacy_train_generator", "done"

MUTATE = [
    (
        '    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size)\n',
        '    return datagen.flow_from_directory(directory, image_size, "rgb", None, "binary", batch_size)\n',
    ),
]
