"""Wrong: with_info left out, and tf_flowers' class names and size written in instead of read from the info."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "info.features['label'].names"


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    train, validation = tfds.load(name, split=[f"train[:{train_percent}%]", f"train[{train_percent}%:]"],
                                  as_supervised=True, data_dir=data_dir)
    class_names = ["dandelion", "daisy", "tulips", "sunflowers", "roses"]
    return train, validation, class_names, 3670
