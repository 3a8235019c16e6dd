"""Wrong: the learner filled every empty field with 0, the label included, thinking one fill rule for all holes is simpler; the unlabelled row stays in as class 0, which breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('''    rows = [row for row in rows if row[label_name] != ""]
''', ''),
    ('labels = [int(row[label_name]) for row in rows]',
     'labels = [int(row[label_name] or 0) for row in rows]'),
]
