"""Wrong: flows the images in grayscale; breaks 'nothing else done to them'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")''',
     '''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary", color_mode="grayscale")'''),
]
