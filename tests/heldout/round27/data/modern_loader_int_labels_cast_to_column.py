"""Right: reads the folder with the default integer labels and makes the binary class mode's labels itself, cast to float32 and given a column axis, (batch, 1) of 0.0 / 1.0; the pixels are divided by 255.0 in the same map; same files, order of classes, sizes and batches as the binary loader."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    ('''    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))''',
     '''    dataset = keras.utils.image_dataset_from_directory(directory, labels="inferred", label_mode="int",
                                                       image_size=image_size, batch_size=batch_size)

    def scale_and_column(images, labels):
        column = tf.expand_dims(tf.cast(labels, tf.float32), axis=-1)
        return tf.cast(images, tf.float32) / 255.0, column

    return dataset.map(scale_and_column)'''),
]
