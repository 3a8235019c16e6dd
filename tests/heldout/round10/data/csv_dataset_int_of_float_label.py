"""Right: parses the label through float first (int(float(text))) and builds the arrays with explicit dtypes."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    labels = [int(row[label_name]) for row in rows]',
     '    labels = [int(float(row[label_name])) for row in rows]'),
]
