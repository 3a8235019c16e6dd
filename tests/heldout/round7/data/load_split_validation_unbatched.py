"""Wrong: loads the validation part with batch_size=None ('evaluation needs no batches'), so it yields single images; breaks 'Returns: (train_dataset, validation_dataset), each yielding (images, labels) batches'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     """    validation = keras.utils.image_dataset_from_directory(directory, subset="validation",
                                                          **{**common, "batch_size": None})"""),
]
