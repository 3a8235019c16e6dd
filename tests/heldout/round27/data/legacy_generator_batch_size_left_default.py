"""Wrong: the learner left batch_size out of flow_from_directory because its default, 32, is the default of this function too, and the check with the defaults gave batches of 32; called with batch_size=4 the iterator still hands out batches of 32 (all the images at once on a small folder); breaks 'batch_size: images per batch'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")''',
     '''    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary")'''),
]
