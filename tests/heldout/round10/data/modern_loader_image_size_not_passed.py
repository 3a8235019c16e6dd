"""Wrong: forgets to pass image_size to the loader, so every image comes out at its default 256x256; breaks 'resized to `image_size`'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n                                                       batch_size=batch_size, label_mode="binary")',
     '    dataset = keras.utils.image_dataset_from_directory(directory, batch_size=batch_size,\n                                                       label_mode="binary")'),
]
