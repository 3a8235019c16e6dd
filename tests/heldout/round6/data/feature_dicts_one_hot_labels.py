"""Wrong: stores the labels one-hot; breaks 'the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '''    one_hot = keras.utils.to_categorical(labels, int(np.max(labels)) + 1)
    return tf.data.Dataset.from_tensor_slices({"image": images, "label": one_hot})'''),
]
