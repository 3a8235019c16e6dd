"""Wrong: the features taken in sorted name order, not in the order of feature_names."""
EXERCISE, VERDICT, SAYS = 'data.json_dataset', "wrong", 'in that order'
MUTATE = [('features = [[record[name] for name in feature_names] for record in records]', 'features = [[record[name] for name in sorted(feature_names)] for record in records]')]
