"""Wrong: treats a field as missing unless it looks like digits (str.isdigit after removing one dot), so negative numbers and 1e3 become 0.0; breaks 'features: a float32 vector of the other columns, in the file's column order'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     'features = [[float(row[name]) if row[name].replace(".", "", 1).isdigit() else 0.0 for name in names]\n                for row in rows]'),
]
