"""Wrong: reads the table with np.genfromtxt, which gives a flat 1-D array for a one-row file, so the column indexing fails there; breaks 'Read a CSV file into a tf.data.Dataset of (features, label) examples.'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    with open(path, newline="") as file:\n        rows = list(csv.DictReader(file))\n    names = [name for name in rows[0] if name != label_name]\n    rows = [row for row in rows if row[label_name] != ""]\n    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n    labels = [int(row[label_name]) for row in rows]\n    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '    with open(path, newline="") as file:\n        header = next(csv.reader(file))\n    table = np.genfromtxt(path, delimiter=",", skip_header=1)\n    column = header.index(label_name)\n    table = table[~np.isnan(table[:, column])]\n    labels = table[:, column].astype("int32")\n    features = np.nan_to_num(np.delete(table, column, axis=1), nan=0.0).astype("float32")\n    return tf.data.Dataset.from_tensor_slices((features, labels))'),
]
