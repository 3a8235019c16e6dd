"""Wrong: finds the feature columns as set(header) - {label_name}, whose order is arbitrary; breaks 'a float32 vector of the other columns, in the file's column order'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    names = [name for name in rows[0] if name != label_name]',
     '    names = list(set(rows[0]) - {label_name})'),
]
