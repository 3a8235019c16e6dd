"""Right: Calls tf.keras.utils.image_dataset_from_directory twice with keywords spelt out: validation_split=1 / 5, shuffle=True and the same seed for both subsets."""
EXERCISE, VERDICT = "data.load_split", "done"
MUTATE = [
    ('''    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)''',
     '''    loader = tf.keras.utils.image_dataset_from_directory
    train = loader(directory, labels="inferred", label_mode=label_mode, image_size=tuple(image_size),
                   batch_size=batch_size, shuffle=True, seed=seed, validation_split=1 / 5, subset="training")
    validation = loader(directory, labels="inferred", label_mode=label_mode, image_size=tuple(image_size),
                        batch_size=batch_size, shuffle=True, seed=seed, validation_split=1 / 5, subset="validation")'''),
]
