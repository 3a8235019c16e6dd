"""Wrong: marks a missing label as -1 and keeps labels > 0, which also drops every row labelled 0; breaks 'a row whose label is missing is dropped' (only those)."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]',
     '    rows = [row for row in rows if int(row[label_name] or -1) > 0]'),
]
