"""Right: csv.reader with the header's label position, short rows padded, int64 labels."""
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
        label_at = header.index(label_name)
        features, labels = [], []
        for fields in reader:
            if not fields:
                continue
            fields = fields + [""] * (len(header) - len(fields))
            if fields[label_at].strip() == "":
                continue
            features.append([float(value) if value.strip() else 0.0
                             for i, value in enumerate(fields) if i != label_at])
            labels.append(int(fields[label_at]))
    features = np.array(features, dtype=np.float32).reshape(-1, len(header) - 1)
    return tf.data.Dataset.from_tensor_slices((features, np.array(labels, dtype=np.int64)))'''),
]
