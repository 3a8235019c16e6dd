"""Wrong: Forgot to convert the label field, so labels stay strings (tf.string); breaks 'label: one integer (int32 or int64), a scalar'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('labels = [int(row[label_name]) for row in rows]',
     'labels = [row[label_name] for row in rows]'),
    ('np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     'np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels)))'),
]
