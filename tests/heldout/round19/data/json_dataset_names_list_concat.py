"""Wrong: reads the columns as feature_names + [label_name], which fails when feature_names is a tuple (TypeError); breaks 'The features are the values of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n    labels = [record[label_name] for record in records]',
     '    columns = feature_names + [label_name]\n    table = [[record[name] for name in columns] for record in records]\n    features = [row[:-1] for row in table]\n    labels = [row[-1] for row in table]'),
]
