"""Wrong: Dropped every row with any empty field; breaks 'a missing feature becomes 0.0'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('rows = [row for row in rows if row[label_name] != ""]',
     'rows = [row for row in rows if "" not in row.values()]'),
]
