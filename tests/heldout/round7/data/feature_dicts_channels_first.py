"""Wrong: transposes the images to (n, channels, height, width), as PyTorch stores them; breaks 'the k-th being the dictionary with "image" images[k] ... the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": np.transpose(images, (0, 3, 1, 2)), "label": labels})'),
]
