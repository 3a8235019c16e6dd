"""Wrong: the learner cast the labels to int64, since that is what tfds's ClassLabel yields and their int64 test array came back unchanged; int32 labels come back as int64; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": tf.cast(labels, tf.int64)})'),
]
