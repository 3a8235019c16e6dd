"""Wrong: shuffles the examples once they are built, "like tfds.load(shuffle_files=True) does", so the k-th element is no longer images[k] with labels[k]; breaks 'a tf.data.Dataset of n elements, the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", "examples"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    dataset = tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})\n'
     '    return dataset.shuffle(len(images))  # tfds shuffles its files too'),
]
