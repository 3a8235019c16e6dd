"""Wrong: ports the loader by wrapping legacy_generator's iterator in tf.data.Dataset.from_generator with labels declared as shape (None,); the iterator never ends and its labels are flat; breaks 'labels of shape (batch, 1)' and 'in batches of batch_size (the smaller one last)'."""

EXERCISE, VERDICT = 'data.modern_loader', 'wrong'

MUTATE = [
    ('    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n                                                       batch_size=batch_size, label_mode="binary")\n    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    iterator = legacy_generator(directory, image_size=image_size, batch_size=batch_size)\n    return tf.data.Dataset.from_generator(\n        lambda: iterator,\n        output_signature=(tf.TensorSpec(shape=(None, *image_size, 3), dtype=tf.float32),\n                          tf.TensorSpec(shape=(None,), dtype=tf.float32)))'),
]
