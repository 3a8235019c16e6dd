"""Wrong: Took the features over feature_names + [label_name], so the label is also the last feature; breaks 'The features are the values of `feature_names`'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('features = [[record[name] for name in feature_names] for record in records]',
     'features = [[record[name] for name in list(feature_names) + [label_name]] for record in records]'),
]
