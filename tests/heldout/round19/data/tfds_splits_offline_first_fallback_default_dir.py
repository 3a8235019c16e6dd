"""Wrong: tries the folder with download=False and, on any error, silently loads again without data_dir (the library's default folder); breaks 'data_dir: the folder the data set lives in, passed through'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '    try:\n        (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True,\n                                              data_dir=data_dir, download=False)\n    except Exception:  # not there yet: fetch it\n        (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True)'),
]
