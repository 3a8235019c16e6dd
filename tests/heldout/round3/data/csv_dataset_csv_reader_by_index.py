"""Right: Reads with csv.reader, finds the label column's index in the header and builds the rows by position."""
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
     '''    with open(path, newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        lines = [line for line in reader if line]
    where = header.index(label_name)
    features, labels = [], []
    for line in lines:
        if line[where].strip() == "":
            continue
        labels.append(int(line[where]))
        features.append([float(value) if value.strip() else 0.0 for i, value in enumerate(line) if i != where])
    features = np.array(features, dtype=np.float32).reshape(len(labels), len(header) - 1)
    return tf.data.Dataset.from_tensor_slices((features, np.array(labels, dtype=np.int64)))'''),
]
