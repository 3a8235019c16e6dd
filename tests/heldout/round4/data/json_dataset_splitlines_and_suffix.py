"""Right: Reads the whole text, tells the layout with os.path.splitext, parses JSON lines with splitlines(), and builds the arrays with np.asarray (int64 labels)."""
EXERCISE, VERDICT = "data.json_dataset", "done"
MUTATE = [
    ("""    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)
    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))""",
     """    import os
    with open(path) as file:
        text = file.read()
    if os.path.splitext(path)[1] == ".jsonl":
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        records = json.loads(text)
    features = np.asarray([[float(record[name]) for name in feature_names] for record in records], np.float32)
    labels = np.asarray([int(record[label_name]) for record in records], np.int64)
    return tf.data.Dataset.from_tensor_slices((features.reshape(len(records), len(feature_names)), labels))"""),
]
