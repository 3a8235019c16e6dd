"""Wrong: Loaded with color_mode="grayscale", one channel instead of the images' three; breaks 'the same images as legacy_generator finds ... nothing else changed'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('''    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                       batch_size=batch_size, label_mode="binary")''',
     '''    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, color_mode="grayscale",
                                                       batch_size=batch_size, label_mode="binary")'''),
]
