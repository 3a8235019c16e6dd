"""Wrong: copies the first reading line for the second source and reads the CSV file twice, so the JSON file is never read; breaks 'every example of both files appears exactly once'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    (
        '    second = json_dataset(json_path, feature_names, label_name)\n',
        '    second = csv_dataset(csv_path, label_name)\n',
    ),
]
