"""Wrong: Sorted feature_names first; breaks 'the values of feature_names, in the order of feature_names'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('for name in feature_names]',
     'for name in sorted(feature_names)]'),
]
