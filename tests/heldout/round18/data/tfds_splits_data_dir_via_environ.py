"""Wrong: sets the TFDS_DATA_DIR environment variable instead of passing data_dir to tfds.load; tfds read that variable when it was imported, so the data set goes to the default folder, and the variable is left set; breaks 'data_dir: the folder the data set lives in, passed through (None: the library's default folder)'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    import tensorflow_datasets as tfds\n',
     '    import os\n\n    import tensorflow_datasets as tfds\n\n    if data_dir is not None:\n        os.environ["TFDS_DATA_DIR"] = data_dir\n'),
    ('with_info=True, data_dir=data_dir)',
     'with_info=True)'),
]
