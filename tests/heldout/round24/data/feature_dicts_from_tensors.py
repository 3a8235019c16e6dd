"""Wrong: the learner used Dataset.from_tensors, mixing it up with from_tensor_slices; the dataset holds one element, the dictionary of the whole arrays, which breaks 'a tf.data.Dataset of n elements, the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensors({"image": images, "label": labels})'),
]
