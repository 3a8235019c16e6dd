"""Wrong: Passed target_size=image_size[::-1], thinking PIL's (width, height); breaks 'image_size: (height, width) every image is resized to'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     'return datagen.flow_from_directory(directory, target_size=image_size[::-1], batch_size=batch_size,\n                                       class_mode="binary")'),
]
