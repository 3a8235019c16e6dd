"""Wrong: looks for a missing label as None (as pandas would give NaN), but the csv module gives an empty string, so the unlabelled row is kept and int("") fails; breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    (
        '    rows = [row for row in rows if row[label_name] != ""]',
        '    rows = [row for row in rows if row[label_name] is not None]',
    ),
]
