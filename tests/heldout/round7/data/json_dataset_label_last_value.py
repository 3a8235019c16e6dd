"""Wrong: takes each object's last value as its label, assuming the label key comes last; breaks 'its label is the value of `label_name`' / 'do not rely on the order of the keys inside an object'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ("""    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]""",
     """    features = [[record[name] for name in feature_names] for record in records]
    labels = [list(record.values())[-1] for record in records]"""),
]
