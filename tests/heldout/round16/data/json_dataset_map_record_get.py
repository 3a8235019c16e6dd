"""Right: reads each object's features as list(map(record.get, feature_names)), which follows feature_names' order whatever the key order, into a float32 array."""

EXERCISE, VERDICT = 'data.json_dataset', 'done'

MUTATE = [
    ('features = [[record[name] for name in feature_names] for record in records]',
     'features = [list(map(record.get, feature_names)) for record in records]'),
]
