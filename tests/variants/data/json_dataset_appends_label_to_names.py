"""Wrong: appends label_name to the caller's feature_names list to read it with the features, so the list grows with every call and a second call reads the label as a feature; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", 'the argument feature_names'

MUTATE = [
    (
        '    features = [[record[name] for name in feature_names] for record in records]\n    labels = [record[label_name] for record in records]\n',
        '    columns = feature_names\n    columns.append(label_name)  # read the label along with the features\n    table = [[record[name] for name in columns] for record in records]\n    features = [row[:-1] for row in table]\n    labels = [row[-1] for row in table]\n',
    ),
]
