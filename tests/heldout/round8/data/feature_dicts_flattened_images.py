"""Wrong: flattens each image to a vector (ready for a Dense layer) before building the dictionaries; breaks 'the k-th being the dictionary with "image" images[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    (
        '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
        '    flat = images.reshape(len(images), -1)  # one vector per image\n    return tf.data.Dataset.from_tensor_slices({"image": flat, "label": labels})',
    ),
]
