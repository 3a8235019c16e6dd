"""Wrong: the learner streamed the file instead of loading it ("too big to hold in memory"), with from_generator over a function, knowing that it makes a new generator every pass; but every generator reads the one csv.DictReader opened at the call, which the first pass (their check) exhausts, so a second pass over the dataset yields no examples at all; breaks 'Each example, one per row, in the file's order' (a dataset one pass long)."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", "second pass"

MUTATE = [
    ('''    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))''',
     '''    reader = csv.DictReader(open(path, newline=""))
    names = [name for name in reader.fieldnames if name != label_name]

    def examples():
        for row in reader:
            if row[label_name] == "":
                continue
            yield [float(row[name] or 0.0) for name in names], int(row[label_name])

    return tf.data.Dataset.from_generator(examples, output_signature=(
        tf.TensorSpec((len(names),), tf.float32), tf.TensorSpec((), tf.int32)))'''),
]
