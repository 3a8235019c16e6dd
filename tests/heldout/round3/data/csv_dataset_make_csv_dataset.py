"""Wrong: Used tf.data.experimental.make_csv_dataset, which yields batches of feature dictionaries and keeps rows without a label; breaks 'an unbatched tf.data.Dataset of (features, label)', 'features: a float32 vector' and 'a row whose label is missing is dropped'."""
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
     '''    return tf.data.experimental.make_csv_dataset(path, batch_size=1, label_name=label_name, num_epochs=1,
                                                 shuffle=False)'''),
]
