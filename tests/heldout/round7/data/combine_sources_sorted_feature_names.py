"""Wrong: passes sorted(feature_names) to the JSON reader 'for consistency', so the JSON features come in another order than the CSV's columns; breaks 'the CSV's columns are `feature_names` then `label_name`' (the JSON examples must match them: json_dataset reads `feature_names` in their order)."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('    second = json_dataset(json_path, feature_names, label_name)',
     '    second = json_dataset(json_path, sorted(feature_names), label_name)'),
]
