"""Right: Reads the header and rows by splitting lines on commas, finds the label column by its index in the header, fills empty features with 0.0 and skips unlabelled rows; int64 labels."""
EXERCISE, VERDICT = "data.csv_dataset", "done"
MUTATE = [
    ("""    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset""",
     '    with open(path) as file:\n        lines = [line.rstrip("\\r\\n") for line in file if line.strip()]\n    header = lines[0].split(",")\n    where = header.index(label_name)\n    features, labels = [], []\n    for line in lines[1:]:\n        fields = line.split(",")\n        fields += [""] * (len(header) - len(fields))\n        if fields[where].strip() == "":\n            continue\n        labels.append(int(float(fields[where])))\n        features.append([float(value) if value.strip() else 0.0 for i, value in enumerate(fields) if i != where])\n    features = np.array(features, dtype=np.float32).reshape(len(labels), len(header) - 1)\n    return tf.data.Dataset.from_tensor_slices((features, np.array(labels, dtype=np.int64)))\n\n\ndef json_dataset'),
]
