"""Wrong: the learner converted the labels with tf.constant(labels, dtype=tf.int32), believing class numbers should be int32 as Keras likes them; int64 labels (NumPy's default integer) change dtype, which breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    labels = tf.constant(labels, dtype=tf.int32)\n'
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})'),
]
