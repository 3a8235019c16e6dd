"""Wrong: a from_generator dataset that reads the caller's arrays lazily, so changing the arrays after the call changes the dataset's examples; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k], the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    def examples():\n        for k in range(len(labels)):\n            yield {"image": images[k], "label": labels[k]}\n\n    signature = {"image": tf.TensorSpec(images.shape[1:], tf.as_dtype(images.dtype)),\n                 "label": tf.TensorSpec((), tf.as_dtype(labels.dtype))}\n    return tf.data.Dataset.from_generator(examples, output_signature=signature).apply(\n        tf.data.experimental.assert_cardinality(len(labels)))'),
]
