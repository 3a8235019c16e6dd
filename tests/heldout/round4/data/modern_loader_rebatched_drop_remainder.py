"""Wrong: Unbatched and re-batched with drop_remainder=True to get equal batches, losing the last images; breaks 'in batches of `batch_size` (the smaller one last)' and 'the same images as legacy_generator finds'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ("""    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))""",
     """    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    dataset = dataset.map(lambda images, labels: (rescale(images), labels))
    return dataset.unbatch().batch(batch_size, drop_remainder=True)"""),
]
