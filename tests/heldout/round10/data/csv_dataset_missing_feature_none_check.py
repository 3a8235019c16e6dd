"""Wrong: treats a missing feature as None, but csv.DictReader gives an empty string, so float('') fails on the row with a hole; breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     '    features = [[0.0 if row[name] is None else float(row[name]) for name in names] for row in rows]'),
]
