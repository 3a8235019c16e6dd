"""Right: reads the whole text, picks the layout by the suffix, builds the arrays in an explicit loop with int64 labels."""
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
     """    with open(path, encoding="utf-8") as file:
        text = file.read()
    if path.lower().endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        records = json.loads(text)
    features = np.zeros((len(records), len(feature_names)), dtype=np.float32)
    labels = np.zeros(len(records), dtype=np.int64)
    for i, record in enumerate(records):
        for j, name in enumerate(feature_names):
            features[i, j] = float(record[name])
        labels[i] = int(record[label_name])
    return tf.data.Dataset.from_tensor_slices((features, labels))"""),
]
