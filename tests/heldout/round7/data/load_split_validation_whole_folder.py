"""Wrong: gives validation_split only to the training call and loads the validation set as the whole folder, so validation holds every file, training ones included; breaks '20 % of the files go to validation' and 'Together the two parts hold every file exactly once'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     """    validation = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                          label_mode=label_mode, seed=seed)"""),
]
