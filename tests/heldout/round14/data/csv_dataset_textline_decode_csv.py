"""Right: reads the header with csv.reader, then tf.data.TextLineDataset(path).skip(1) with tf.io.decode_csv, defaults 0.0 for the features and -1 for the label, stacks the features and filters out label -1 (blank lines skipped)."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    with open(path, newline="") as file:\n        rows = list(csv.DictReader(file))\n    names = [name for name in rows[0] if name != label_name]\n    rows = [row for row in rows if row[label_name] != ""]\n    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n    labels = [int(row[label_name]) for row in rows]\n    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))\n',
     '    with open(path, newline="") as file:\n        header = next(csv.reader(file))\n    at = header.index(label_name)\n    defaults = [[0.0]] * len(header)\n    defaults[at] = [-1]\n\n    def parse(line):\n        fields = tf.io.decode_csv(line, record_defaults=defaults)\n        label = fields.pop(at)\n        return tf.stack(fields), label\n\n    return (tf.data.TextLineDataset(path).skip(1)\n            .map(tf.strings.strip)\n            .filter(lambda line: tf.strings.length(line) > 0)\n            .map(parse)\n            .filter(lambda features, label: label >= 0))\n'),
]
