"""Wrong: empties the record list with pop() to save memory, which takes the records from the end; breaks 'Each object is one example, in the file's order'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n    labels = [record[label_name] for record in records]\n',
     '    features, labels = [], []\n    while records:\n        record = records.pop()\n        features.append([record[name] for name in feature_names])\n        labels.append(record[label_name])\n'),
]
