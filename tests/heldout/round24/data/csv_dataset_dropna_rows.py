"""Wrong: the learner dropped every row with an empty field, the dropna habit, thinking a row with a hole is unusable; the row with only a feature missing is lost, which breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('rows = [row for row in rows if row[label_name] != ""]',
     'rows = [row for row in rows if all(value != "" for value in row.values())]'),
]
