"""Wrong: shuffles the examples (a full-size buffer) before returning them; breaks 'Each object is one example, in the file's order'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources',
     '    dataset = tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n    return dataset.shuffle(len(labels))\n\n\ndef combine_sources'),
]
