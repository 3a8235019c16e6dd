"""Wrong: the learner left out as_supervised=True, thinking with_info already makes the examples usable; each example comes as a dictionary {"image": ..., "label": ...}, which breaks 'both unbatched tf.data.Datasets of (image, label) pairs, as model.fit reads them, not dictionaries'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     'tfds.load(name, split=split, with_info=True, data_dir=data_dir)'),
]
