"""Right: reads the rows with csv.reader, pairs each with the header through itertools.zip_longest (a short row's missing fields read as empty), skips rows whose label is empty, fills empty features with 0.0 in the header's order, and builds float32 features and int64 labels."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('''    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))''',
     '''    import itertools

    with open(path, newline="") as file:
        header, *lines = [line for line in csv.reader(file) if line]
    names = [name for name in header if name != label_name]
    features, labels = [], []
    for line in lines:
        record = dict(itertools.zip_longest(header, line, fillvalue=""))
        if record[label_name] == "":
            continue
        features.append([float(record[name]) if record[name] != "" else 0.0 for name in names])
        labels.append(int(record[label_name]))
    features = np.array(features, dtype=np.float32).reshape(len(labels), len(names))
    return tf.data.Dataset.from_tensor_slices((features, np.array(labels, dtype=np.int64)))'''),
]
