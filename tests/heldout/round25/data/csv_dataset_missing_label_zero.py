"""Wrong: the learner filled every empty field the same way, the label included (an empty label read as class 0), so their file read without an error; the unlabelled row is kept as a class-0 example; breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]\n',
     ''),
    ('    labels = [int(row[label_name]) for row in rows]\n',
     '    labels = [int(row[label_name] or 0) for row in rows]\n'),
]
