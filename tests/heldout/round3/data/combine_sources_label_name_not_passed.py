"""Wrong: Read the CSV with csv_dataset(csv_path), leaving label_name at its default; breaks 'Your csv_dataset and json_dataset read the two files (the CSV's columns are feature_names then label_name)'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('    first = csv_dataset(csv_path, label_name)',
     '    first = csv_dataset(csv_path)'),
]
