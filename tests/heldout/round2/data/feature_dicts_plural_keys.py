"""Wrong: Named the keys 'images' and 'labels'; breaks 'the dictionary with "image" images[k] and "label" labels[k]'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensor_slices({"images": images, "labels": labels})'),
]
