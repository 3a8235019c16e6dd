"""Wrong: the learner took the label by name but the features as every column but the last, since their test file ended with its label column; with the label in the middle the label leaks into the features and the last feature is lost; breaks 'the column called `label_name` (anywhere, not always last)' and 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    names = [name for name in rows[0] if name != label_name]\n',
     '    names = list(rows[0])[:-1]\n'),
]
