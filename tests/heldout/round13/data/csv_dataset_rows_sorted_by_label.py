"""Wrong: sorts the kept rows by their label, grouping each class together before building the dataset; breaks 'Each example, one per row, in the file's order'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]',
     '    rows = sorted((row for row in rows if row[label_name] != ""), key=lambda row: int(row[label_name]))'),
]
