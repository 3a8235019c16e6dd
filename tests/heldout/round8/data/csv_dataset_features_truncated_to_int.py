"""Wrong: parses the features with int(float(...)) as it parses the label, so 3.5 becomes 3.0; breaks 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    (
        '    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
        '    features = [[int(float(row[name] or 0)) for name in names] for row in rows]',
    ),
]
