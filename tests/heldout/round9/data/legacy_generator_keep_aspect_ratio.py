"""Wrong: flows with keep_aspect_ratio=True so that pictures are not distorted: each image is centre-cropped to the target's aspect ratio before the resize, dropping its edges; breaks 'pixels scaled to [0, 1] ... and nothing else done to them (no augmentation); images resized to `image_size`'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    (
        '    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")\n',
        '    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary", keep_aspect_ratio=True)\n',
    ),
]
