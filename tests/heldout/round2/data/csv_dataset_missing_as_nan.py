"""Wrong: A missing feature becomes NaN, pandas-style; breaks 'a missing feature becomes 0.0'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('float(row[name] or 0.0)',
     'float(row[name] or "nan")'),
]
