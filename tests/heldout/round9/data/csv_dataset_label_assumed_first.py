"""Wrong: takes every column after the first as the features, assuming the label comes first as in the one-row example; with the label in the middle, the first feature is dropped and the label is read as a feature; breaks 'the column called `label_name` (anywhere, not always last)' and 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    (
        '    names = [name for name in rows[0] if name != label_name]\n',
        '    names = list(rows[0])[1:]  # the label column comes first\n',
    ),
]
