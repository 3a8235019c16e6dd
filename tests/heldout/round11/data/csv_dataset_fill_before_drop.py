"""Wrong: fills every empty field with "0" first, the label column too, so rows without a label are kept with label 0; breaks 'a row whose label is missing is dropped.'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    names = [name for name in rows[0] if name != label_name]',
     '    rows = [{key: (value if value != "" else "0") for key, value in row.items()} for row in rows]\n    names = [name for name in rows[0] if name != label_name]'),
]
