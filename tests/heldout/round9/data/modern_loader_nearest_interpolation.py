"""Right: resizes with interpolation="nearest", the legacy generator's own default, instead of the loader's bilinear default; labels, counts and [0, 1] scaling unchanged."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    (
        '    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n                                                       batch_size=batch_size, label_mode="binary")\n',
        '    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, interpolation="nearest",\n                                                       batch_size=batch_size, label_mode="binary")\n',
    ),
]
