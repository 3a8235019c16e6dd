"""Wrong: loads the validation part with twice the batch size, since evaluation keeps no gradients and bigger batches fit; breaks 'batch_size: images per batch (the last batch may be smaller)'."""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", 'validation part'

MUTATE = [
    ('    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '    validation = keras.utils.image_dataset_from_directory(directory, subset="validation",\n                                                          **{**common, "batch_size": 2 * batch_size})'),
]
