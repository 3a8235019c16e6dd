"""Wrong: Took the features in each object's key order; breaks 'in the order of feature_names: do not rely on the order of the keys'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('features = [[record[name] for name in feature_names] for record in records]',
     'features = [[value for key, value in record.items() if key != label_name] for record in records]'),
]
