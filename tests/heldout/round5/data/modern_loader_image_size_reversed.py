"""Wrong: Passed image_size=image_size[::-1], thinking (width, height); breaks 'resized to `image_size`' (height, width)."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,',
     'dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size[::-1],'),
]
