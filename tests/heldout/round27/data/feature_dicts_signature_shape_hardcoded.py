"""Wrong: the learner built the dictionaries with a Python generator and Dataset.from_generator, writing the output_signature from the example at hand, 8x8x3 images (and told the dataset its length with assert_cardinality); with 6 images of 8x8x3 every dictionary came out right; with images of any other size (16x16x3, or one channel) iterating raises InvalidArgumentError, as the generator yields a shape the signature does not allow; breaks 'images: uint8 array (n, height, width, channels)' and 'the k-th being the dictionary with "image" images[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('''    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})''',
     '''    def examples():
        for image, label in zip(images, labels):
            yield {"image": image, "label": label}

    signature = {"image": tf.TensorSpec(shape=(8, 8, 3), dtype=tf.uint8),
                 "label": tf.TensorSpec(shape=(), dtype=tf.as_dtype(labels.dtype))}
    dataset = tf.data.Dataset.from_generator(examples, output_signature=signature)
    return dataset.apply(tf.data.experimental.assert_cardinality(len(labels)))'''),
]
