"""Right: reads reader.fieldnames, pops the label from each row in a loop, int64 labels, features shaped explicitly."""
EXERCISE, VERDICT = "data.csv_dataset", "done"
MUTATE = [
    ("""    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))""",
     """    features, labels = [], []
    with open(path, newline="") as file:
        reader = csv.DictReader(file)
        names = [name for name in reader.fieldnames if name != label_name]
        for row in reader:
            label = row.pop(label_name)
            if label is None or label.strip() == "":
                continue
            labels.append(int(label))
            features.append([float(row[name]) if row[name] not in (None, "") else 0.0 for name in names])
    features = np.asarray(features, dtype=np.float32).reshape(len(labels), len(names))
    return tf.data.Dataset.from_tensor_slices((features, np.asarray(labels, dtype=np.int64)))"""),
]
