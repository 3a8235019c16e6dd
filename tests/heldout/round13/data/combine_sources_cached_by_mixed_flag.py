"""Wrong: keeps the joined dataset in a module dictionary keyed by `mixed`, to avoid reading the files twice, so a second call with other files returns the first call's examples; breaks 'Either way every example of both files appears exactly once'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):\n    first = csv_dataset(csv_path, label_name)',
     '_JOINED = {}\n\n\ndef combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):\n    if mixed in _JOINED:\n        return _JOINED[mixed]\n    _JOINED[mixed] = _join(csv_path, json_path, feature_names, label_name, mixed)\n    return _JOINED[mixed]\n\n\ndef _join(csv_path, json_path, feature_names, label_name, mixed):\n    first = csv_dataset(csv_path, label_name)'),
]
