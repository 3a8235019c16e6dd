"""Wrong: Kept rows without a label, labelling them -1 as 'unlabelled'; breaks 'a row whose label is missing is dropped'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]\n',
     ''),
    ('labels = [int(row[label_name]) for row in rows]',
     'labels = [int(row[label_name] or -1) for row in rows]'),
]
