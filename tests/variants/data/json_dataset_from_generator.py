"""Right: Parses the records the same way and yields them from a generator with an output_signature (float32 vector, int64 scalar)."""
EXERCISE, VERDICT, SAYS = "data.json_dataset", "done", ""
MUTATE = [
    ('''    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))''',
     '''    def examples():
        for record in records:
            yield [float(record[name]) for name in feature_names], int(record[label_name])

    signature = (tf.TensorSpec(shape=(len(feature_names),), dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.int64))
    return tf.data.Dataset.from_generator(examples, output_signature=signature)'''),
]
