"""Wrong: fills a missing feature with the sentinel -1.0; breaks 'a missing feature becomes 0.0'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     '    features = [[float(row[name] or -1.0) for name in names] for row in rows]'),
]
