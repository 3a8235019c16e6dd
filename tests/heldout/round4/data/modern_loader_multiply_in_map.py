"""Right: Scales in the map by multiplying with 1/255 (the loader's images are already float32), with num_parallel_calls."""
EXERCISE, VERDICT = "data.modern_loader", "done"
MUTATE = [
    ("""    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")
    rescale = keras.layers.Rescaling(1.0 / 255)
    return dataset.map(lambda images, labels: (rescale(images), labels))""",
     """    dataset = keras.utils.image_dataset_from_directory(directory, label_mode="binary", image_size=image_size,
                                                       batch_size=batch_size)
    return dataset.map(lambda x, y: (x * (1.0 / 255.0), y), num_parallel_calls=AUTOTUNE)"""),
]
