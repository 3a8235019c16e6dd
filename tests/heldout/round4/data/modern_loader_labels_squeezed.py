"""Wrong: Squeezed the labels to shape (batch,) while rescaling; breaks 'labels of shape (batch, 1), 0.0 or 1.0 ..., as the binary class mode gives them'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ("""    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))""",
     """    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), tf.squeeze(labels, axis=-1)))"""),
]
