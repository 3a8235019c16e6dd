"""Wrong: fills a missing label with the label of the row above (as for a sorted table) instead of dropping the row; breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]',
     '    last = None\n    for row in rows:\n        if row[label_name] == "" and last is not None:\n            row[label_name] = last\n        last = row[label_name]\n    rows = [row for row in rows if row[label_name] != ""]'),
]
