"""Wrong: converts every row's label with int() before dropping the rows whose label is empty, so int('') raises ValueError on the row without a label; breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT = 'data.csv_dataset', 'wrong'

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]\n    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n    labels = [int(row[label_name]) for row in rows]\n',
     '    labels = [int(row[label_name]) for row in rows]\n    rows = [row for row in rows if row[label_name] != ""]\n    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n'),
]
