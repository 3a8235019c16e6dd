"""Wrong: a from_generator dataset whose image TensorSpec is hard-coded to the docstring's 8x8x3, so images of any other size fail; breaks 'the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    images, labels = np.array(images), np.array(labels)\n\n    def examples():\n        for image, label in zip(images, labels):\n            yield {"image": image, "label": label}\n\n    signature = {"image": tf.TensorSpec((8, 8, 3), tf.uint8), "label": tf.TensorSpec((), tf.as_dtype(labels.dtype))}\n    return tf.data.Dataset.from_generator(examples, output_signature=signature).apply(\n        tf.data.experimental.assert_cardinality(len(labels)))'),
]
