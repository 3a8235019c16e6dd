"""Wrong: the learner shuffled the dictionaries, as tfds.load(shuffle_files=True) would, and each printed dictionary still paired its image with its label; the k-th element is no longer images[k] with labels[k]; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels}).shuffle(len(labels))'),
]
