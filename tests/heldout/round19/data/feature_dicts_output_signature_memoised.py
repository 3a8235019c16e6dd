"""Wrong: works out the from_generator output signature on the first call only and keeps it in a module variable, so a later call with other shapes or dtypes fails; breaks 'it changes neither them, nor this module's variables'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('AUTOTUNE = tf.data.AUTOTUNE\n',
     'AUTOTUNE = tf.data.AUTOTUNE\n_SIGNATURE = None  # worked out once, on the first call\n'),
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    global _SIGNATURE\n    if _SIGNATURE is None:\n        _SIGNATURE = {"image": tf.TensorSpec(images.shape[1:], tf.as_dtype(images.dtype)),\n                      "label": tf.TensorSpec((), tf.as_dtype(labels.dtype))}\n\n    def examples():\n        for image, label in zip(images, labels):\n            yield {"image": image, "label": label}\n\n    return tf.data.Dataset.from_generator(examples, output_signature=_SIGNATURE)'),
]
