"""Wrong: groups the records by class first (a stable sort on the label) so that batches are tidy; breaks 'Each object is one example, in the file's order'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    records = sorted(records, key=lambda record: record[label_name])\n    features = [[record[name] for name in feature_names] for record in records]'),
]
