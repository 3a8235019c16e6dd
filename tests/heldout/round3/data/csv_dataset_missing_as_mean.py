"""Wrong: Filled a missing feature with its column's mean (imputation habit); breaks 'a missing feature becomes 0.0'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     '''    present = {name: [float(row[name]) for row in rows if row[name] != ""] for name in names}
    means = {name: sum(values) / len(values) if values else 0.0 for name, values in present.items()}
    features = [[float(row[name]) if row[name] != "" else means[name] for name in names] for row in rows]'''),
]
