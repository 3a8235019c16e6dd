"""Wrong: calls keras.utils.set_random_seed(seed) to make the split reproducible, reseeding Python, NumPy and TensorFlow for the whole process; breaks 'Every function works from its arguments alone, as it may be called again with others'."""
EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)',
     '    keras.utils.set_random_seed(seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)'),
]
