"""Wrong: takes the training part as the subset="validation" of an 80 % split, thinking it is the complement of the 20 % validation part; breaks 'Together the two parts hold every file exactly once.'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [(
    """    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)""",
    """    train = keras.utils.image_dataset_from_directory(directory, subset="validation",
                                                     **dict(common, validation_split=0.8))""")]
