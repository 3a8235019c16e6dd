"""Right: pops the label out of each DictReader row, skips the row when that label is empty, and takes the remaining row.values() (file order) as the features, empty ones as 0.0."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]\n    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n    labels = [int(row[label_name]) for row in rows]\n',
     '    features, labels = [], []\n    for row in rows:\n        label = row.pop(label_name)\n        if label:\n            features.append([float(value or 0.0) for value in row.values()])\n            labels.append(int(label))\n'),
]
