"""Wrong: deduplicates feature_names through a set, whose iteration order is not the list's; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ("""    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]""",
     """    names = set(feature_names)
    features = [[record[name] for name in names] for record in records]
    labels = [record[label_name] for record in records]"""),
]
