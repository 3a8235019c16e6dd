"""Right: the layout is told by os.path.splitext's extension; the whole text is read once and parsed either as one array or line by line (blank lines skipped); the features are built column by column, one float32 tensor per name of feature_names, stacked along axis 1, so they follow feature_names whatever the keys' order; labels an int32 tensor."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('''    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)
    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))''',
     '''    import os

    with open(path, encoding="utf-8") as file:
        text = file.read()
    if os.path.splitext(path)[1] == ".jsonl":
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        records = json.loads(text)
    columns = [tf.constant([float(record[name]) for record in records], dtype=tf.float32)
               for name in feature_names]
    features = tf.stack(columns, axis=1)
    labels = tf.constant([int(record[label_name]) for record in records], dtype=tf.int32)
    return tf.data.Dataset.from_tensor_slices((features, labels))'''),
]
