"""Wrong: builds one loader lambda per subset in a loop, and both read the loop variable late (both are the validation part); breaks 'Together the two parts hold every file exactly once.'"""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '    loaders = {}\n    for subset in ("training", "validation"):\n        loaders[subset] = lambda: keras.utils.image_dataset_from_directory(directory, subset=subset, **common)\n    train = loaders["training"]()\n    validation = loaders["validation"]()'),
]
