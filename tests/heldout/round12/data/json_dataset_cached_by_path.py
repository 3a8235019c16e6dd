"""Wrong: caches the parsed features and labels per file path, so a second call on the same file with other feature_names gets the first call's columns; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('def json_dataset(path, feature_names, label_name="label"):\n    with open(path) as file:',
     '_PARSED = {}\n\n\ndef json_dataset(path, feature_names, label_name="label"):\n    if path in _PARSED:\n        features, labels = _PARSED[path]\n        return tf.data.Dataset.from_tensor_slices(\n            (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n    with open(path) as file:'),
    ('    labels = [record[label_name] for record in records]\n',
     '    labels = [record[label_name] for record in records]\n    _PARSED[path] = (features, labels)\n'),
]
