"""Right: Yields the dictionaries from a generator, with an output_signature taking each array's own shape and dtype."""
EXERCISE, VERDICT, SAYS = "data.feature_dicts", "done", ""
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '''    signature = {"image": tf.TensorSpec(shape=images.shape[1:], dtype=tf.as_dtype(images.dtype)),
                 "label": tf.TensorSpec(shape=(), dtype=tf.as_dtype(labels.dtype))}

    def examples():
        for image, label in zip(images, labels):
            yield {"image": image, "label": label}

    return tf.data.Dataset.from_generator(examples, output_signature=signature)'''),
]
