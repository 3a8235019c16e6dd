"""Right: one functools.partial of the loader holding every shared argument, called once per subset."""
EXERCISE, VERDICT = "data.load_split", "done"
MUTATE = [
    ("""    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)""",
     """    import functools

    load = functools.partial(keras.utils.image_dataset_from_directory, directory, image_size=image_size,
                             batch_size=batch_size, label_mode=label_mode, validation_split=0.2, seed=seed)
    train, validation = load(subset="training"), load(subset="validation")"""),
]
