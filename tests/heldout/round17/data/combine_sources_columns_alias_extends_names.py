"""Wrong: writes columns = feature_names; columns += [label_name] to name the CSV's columns, which extends the caller's list itself, so the JSON features also take the label; breaks 'it changes neither them' and the JSON examples' features."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    first = csv_dataset(csv_path, label_name)\n',
     '    columns = feature_names\n    columns += [label_name]\n    first = csv_dataset(csv_path, columns[-1])\n'),
]
