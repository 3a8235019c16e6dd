"""Wrong: drops unlabelled rows with rows.remove(row) inside `for row in rows`, which skips the row after each removal, so a second unlabelled row in a row survives and int('') fails; breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'csv_dataset() raised'

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]',
     '    for row in rows:\n        if row[label_name] == "":\n            rows.remove(row)'),
]
