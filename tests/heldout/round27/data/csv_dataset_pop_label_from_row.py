"""Right: one pass of csv.DictReader; each row's label is popped out of the row dictionary (an empty one skips the row), and what is left, in the header's order, are the features, an empty field read as 0.0; the features are shaped by the header's width so that every file, of one row or many, gives float32 vectors and int64 scalar labels."""

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
     '''    features, labels = [], []
    with open(path, newline="") as file:
        reader = csv.DictReader(file)
        width = len(reader.fieldnames) - 1
        for row in reader:
            label = row.pop(label_name)
            if not label:
                continue  # no label: the row is dropped
            features.append([float(value) if value else 0.0 for value in row.values()])
            labels.append(int(label))
    features = np.asarray(features, dtype=np.float32).reshape(len(labels), width)
    return tf.data.Dataset.from_tensor_slices((features, np.asarray(labels, dtype=np.int64)))'''),
]
