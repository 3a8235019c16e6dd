"""Right: the TensorFlow augmentation tutorial's tfds.load call (its `metadata` name, `get_label_name`-style info lookups), the slices built from train_percent and data_dir passed through."""
EXERCISE, VERDICT = "data.tfds_splits", "done"


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    (train_ds, val_ds), metadata = tfds.load(
        name,
        split=['train[:{}%]'.format(train_percent), 'train[{}%:]'.format(train_percent)],
        with_info=True,
        as_supervised=True,
        data_dir=data_dir,
    )
    class_names = metadata.features['label'].names
    num_examples = metadata.splits['train'].num_examples
    return train_ds, val_ds, class_names, num_examples
