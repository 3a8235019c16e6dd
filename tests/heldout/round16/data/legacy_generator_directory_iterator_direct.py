"""Right: builds the iterator itself, tf.keras.preprocessing.image.DirectoryIterator(directory, datagen, target_size=..., batch_size=..., class_mode='binary'), which is what flow_from_directory returns."""

EXERCISE, VERDICT = 'data.legacy_generator', 'done'

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    return tf.keras.preprocessing.image.DirectoryIterator(directory, datagen, target_size=image_size,\n                                                          batch_size=batch_size, class_mode="binary")'),
]
