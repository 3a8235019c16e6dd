"""Right: reads a missing feature as NaN, then turns every NaN into 0.0 with np.nan_to_num."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     '    features = np.nan_to_num(np.array([[float(row[name] or "nan") for name in names] for row in rows],\n                                      dtype="float32"), nan=0.0)'),
]
