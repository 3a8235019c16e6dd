"""Wrong: Passed batch_size=None, so the dataset yields single images, not batches; breaks 'in batches of `batch_size` (the smaller one last)'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ("""    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))""",
     """    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=None, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))"""),
]
