"""Wrong: fills a missing feature with the value of the row above (forward fill); breaks 'a missing feature becomes 0.0'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     '''    features, previous = [], [0.0] * len(names)
    for row in rows:
        previous = [float(row[name]) if row[name] else previous[i] for i, name in enumerate(names)]
        features.append(previous)'''),
]
