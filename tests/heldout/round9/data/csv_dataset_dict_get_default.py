"""Wrong: fills missing features with row.get(name, 0.0), expecting an empty field to be absent; csv.DictReader gives an empty field as "" (the key is there), so float("") fails; breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    (
        '    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n',
        '    features = [[float(row.get(name, 0.0)) for name in names] for row in rows]\n',
    ),
]
