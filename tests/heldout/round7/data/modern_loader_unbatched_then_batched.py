"""Right: loads unbatched (batch_size=None), scales each image, then batches with Dataset.batch (smaller last batch kept)."""
EXERCISE, VERDICT = "data.modern_loader", "done"
MUTATE = [
    ("""    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))""",
     """    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=None,
                                                       label_mode="binary")
    dataset = dataset.map(lambda image, label: (tf.cast(image, tf.float32) / 255.0, label))
    return dataset.batch(batch_size)"""),
]
