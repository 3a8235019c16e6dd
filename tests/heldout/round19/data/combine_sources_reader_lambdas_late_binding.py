"""Wrong: one reader lambda per source in a loop, both reading the loop variables late, so the JSON file is read twice and the CSV never; breaks 'every example of both files appears exactly once'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    first = csv_dataset(csv_path, label_name)\n    second = json_dataset(json_path, feature_names, label_name)',
     '    readers = []\n    for kind, path in (("csv", csv_path), ("json", json_path)):\n        readers.append(lambda: csv_dataset(path, label_name) if kind == "csv"\n                       else json_dataset(path, feature_names, label_name))\n    first, second = (read() for read in readers)'),
]
