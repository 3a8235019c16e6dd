"""Wrong: reads the features from feature_names[:-1], as if the list ended with the label, so the last feature is lost; breaks 'The features are the values of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    (
        '    features = [[record[name] for name in feature_names] for record in records]',
        '    features = [[record[name] for name in feature_names[:-1]] for record in records]',
    ),
]
