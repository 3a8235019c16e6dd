"""Wrong: works the feature column names out once, into a module-level list, and reuses them for every later file; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('AUTOTUNE = tf.data.AUTOTUNE\n',
     'AUTOTUNE = tf.data.AUTOTUNE\n_FEATURE_NAMES = []\n'),
    ('    names = [name for name in rows[0] if name != label_name]\n',
     '    if not _FEATURE_NAMES:\n        _FEATURE_NAMES.extend(name for name in rows[0] if name != label_name)\n    names = _FEATURE_NAMES\n'),
]
