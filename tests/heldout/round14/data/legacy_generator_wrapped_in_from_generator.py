"""Wrong: wraps the flowing iterator in tf.data.Dataset.from_generator (to feed it to tf.data), returning a Dataset; breaks 'the iterator that flowing from the folder gives (it knows .class_indices and .samples), not a tf.data.Dataset.'"""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    iterator = datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                           class_mode="binary")\n    signature = (tf.TensorSpec((None, *image_size, 3), tf.float32), tf.TensorSpec((None,), tf.float32))\n    return tf.data.Dataset.from_generator(lambda: iterator, output_signature=signature)'),
]
