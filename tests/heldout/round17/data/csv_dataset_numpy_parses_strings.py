"""Right: leaves the fields as strings and lets NumPy parse them, np.array(..., dtype="float32") with "0" for an empty feature and np.array(labels, dtype="int32") of the label strings."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n    labels = [int(row[label_name]) for row in rows]',
     '    features = [[row[name] or "0" for name in names] for row in rows]\n    labels = [row[label_name].strip() for row in rows]'),
]
