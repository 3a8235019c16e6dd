"""Wrong: calls json_dataset(json_path, label_name, feature_names) in the order combine_sources lists its own parameters, so the label name is taken for the feature names (and the list for the label); breaks 'Your `csv_dataset` and `json_dataset` read the two files'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    (
        '    second = json_dataset(json_path, feature_names, label_name)\n',
        '    second = json_dataset(json_path, label_name, feature_names)\n',
    ),
]
