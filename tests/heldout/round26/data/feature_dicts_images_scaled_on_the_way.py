"""Wrong: the learner scaled the images to float32 in [0, 1] while building the dictionaries, since every pipeline divides by 255 next anyway, and their printout showed one {"image", "label"} dictionary per example; the images are no longer the uint8 values tfds gives; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k], the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images.astype("float32") / 255.0, "label": labels})'),
]
