"""Right: reads each feature as record.get(name, 0.0), a default for absent keys that the files never need; the values, their order (feature_names') and the labels are the reference's."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n',
     '    features = [[record.get(name, 0.0) for name in feature_names] for record in records]\n'),
]
