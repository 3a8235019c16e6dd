"""Wrong: features taken in each object's key order."""
EXERCISE, VERDICT, SAYS = 'data.json_dataset', "wrong", 'in that order'
MUTATE = [('features = [[record[name] for name in feature_names] for record in records]', 'features = [[v for k, v in record.items() if k != label_name] for record in records]')]
