"""Wrong: re-batches the training part with drop_remainder=True ('equal batches train better'), losing the files of the smaller last batch; breaks 'batch_size: images per batch (the last batch may be smaller)' and 'Together the two parts hold every file exactly once'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)',
     """    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    train = train.unbatch().batch(batch_size, drop_remainder=True)"""),
]
