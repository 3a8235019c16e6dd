"""Wrong: the learner took each object's values in its own key order, skipping the label, since their test objects listed the features in feature_names' order; objects whose keys come in another order give their features shuffled; breaks 'The features are the values of `feature_names`, in the order of `feature_names`: do not rely on the order of the keys'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n',
     '    features = [[value for key, value in record.items() if key != label_name] for record in records]\n'),
]
