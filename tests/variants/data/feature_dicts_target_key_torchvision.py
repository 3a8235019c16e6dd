"""Wrong: names the label key "target", as torchvision datasets call it; breaks 'the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", "each element"

MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensor_slices({"image": images, "target": labels})'),
]
