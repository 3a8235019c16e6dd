"""Correct: two calls of tfds.load with ReadInstruction slices of tfds.Split.TRAIN; the names as a tuple."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "done", ""


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    first = tfds.core.ReadInstruction(tfds.Split.TRAIN, to=train_percent, unit="%")
    rest = tfds.core.ReadInstruction(tfds.Split.TRAIN, from_=train_percent, unit="%")
    train = tfds.load(name=name, split=first, as_supervised=True, data_dir=data_dir)
    validation, ds_info = tfds.load(name=name, split=rest, as_supervised=True, data_dir=data_dir, with_info=True)
    labels = ds_info.features["label"]
    return train, validation, tuple(labels.int2str(k) for k in range(labels.num_classes)), ds_info.splits[tfds.Split.TRAIN].num_examples
