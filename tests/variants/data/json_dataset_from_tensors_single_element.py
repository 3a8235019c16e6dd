"""Wrong: builds the dataset with from_tensors, a whole-file single element, where from_tensor_slices was meant; breaks 'Each object is one example' (an unbatched dataset of examples)."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", "returned dataset"

MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources',
     'return tf.data.Dataset.from_tensors(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources'),
]
