"""Wrong: data_dir not passed on: tfds looks in its default folder, ~/tensorflow_datasets."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "data_dir=data_dir"
MUTATE = [(", data_dir=data_dir)", ")")]
