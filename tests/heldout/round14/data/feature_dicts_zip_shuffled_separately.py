"""Wrong: zips a shuffled dataset of the images with a separately shuffled dataset of the labels into dictionaries, so images and labels are paired at random; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    n = len(images)\n    return tf.data.Dataset.zip({"image": tf.data.Dataset.from_tensor_slices(images).shuffle(n),\n                                "label": tf.data.Dataset.from_tensor_slices(labels).shuffle(n)})'),
]
