"""Wrong: the learner took each object's values in the order they come, leaving out the label, thinking every object lists its keys the same way; with the keys in another order from object to object the features are scrambled, which breaks 'The features are the values of `feature_names`, in the order of `feature_names`: do not rely on the order of the keys inside an object'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('features = [[record[name] for name in feature_names] for record in records]',
     'features = [[value for key, value in record.items() if key != label_name] for record in records]'),
]
