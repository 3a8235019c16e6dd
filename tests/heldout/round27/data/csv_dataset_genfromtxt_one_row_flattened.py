"""Wrong: the learner read the numbers with np.genfromtxt (skip_header=1, empty fields come as nan) and picked the label column out of the 2-D table by its index in the header; checked on a file of several rows, holes and all, it gave the right examples; on a file of one row genfromtxt returns a 1-D array, and table[:, column] raises IndexError (too many indices) instead of giving the one example; breaks 'Each example, one per row, in the file's order' for a file of one row."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

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
        header = next(csv.reader(file))
    table = np.genfromtxt(path, delimiter=",", skip_header=1)  # empty fields become nan
    column = header.index(label_name)
    table = table[~np.isnan(table[:, column])]  # rows without a label go
    labels = table[:, column].astype("int32")
    features = np.nan_to_num(np.delete(table, column, axis=1), nan=0.0).astype("float32")
    return tf.data.Dataset.from_tensor_slices((features, labels))'''),
]
