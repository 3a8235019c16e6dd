"""Wrong: Yielded ({'image': image}, label) pairs, mixing the dictionary form with the supervised one; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices(({"image": images}, labels))'),
]
