"""Wrong: slices (labels, images) but names the lambda's arguments (image, label), so "image" holds the label and "label" the image; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices((labels, images)).map(lambda image, label: {"image": image, "label": label})'),
]
