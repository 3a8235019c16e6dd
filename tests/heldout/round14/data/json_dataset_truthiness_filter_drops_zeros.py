"""Wrong: skips 'records with holes' by keeping only those where all(record.values()) is true, which also drops every record with a 0 feature or label 0; breaks 'Each object is one example, in the file's order'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n',
     '    records = [record for record in records if all(record.values())]  # skip records with holes\n    features = [[record[name] for name in feature_names] for record in records]\n'),
]
