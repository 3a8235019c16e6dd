"""Wrong: leaves target_size out of flow_from_directory, so every image comes out at the default 256x256; breaks 'images resized to `image_size`'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,',
     'return datagen.flow_from_directory(directory, batch_size=batch_size,'),
]
