"""Right: Uses tfds.builder(name, data_dir=...), download_and_prepare() and as_dataset(..., as_supervised=True), reading the names and size from builder.info."""
EXERCISE, VERDICT = "data.tfds_splits", "done"
MUTATE = [
    ('    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '''    builder = tfds.builder(name, data_dir=data_dir)
    builder.download_and_prepare()
    train, validation = builder.as_dataset(split=split, as_supervised=True)
    info = builder.info'''),
]
