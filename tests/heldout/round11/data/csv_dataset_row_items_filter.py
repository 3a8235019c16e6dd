"""Right: takes the features from each row's items in column order, skipping the label key."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     '    features = [[float(value or 0.0) for key, value in row.items() if key != label_name] for row in rows]'),
]
