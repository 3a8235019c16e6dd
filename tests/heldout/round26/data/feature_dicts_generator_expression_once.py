"""Wrong: the learner built the examples as one generator expression, ({"image": i, "label": l} for ...), and handed from_generator a lambda that returns it, with a signature from the arrays; their check listed all n dictionaries once; the generator is made once, at the call, so a second pass over the dataset (a second epoch, or listing it again) finds it exhausted and yields nothing; breaks 'a tf.data.Dataset of n elements, the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    examples = ({"image": image, "label": label} for image, label in zip(images, labels))\n'
     '    signature = {"image": tf.TensorSpec(images.shape[1:], tf.as_dtype(images.dtype)),\n'
     '                 "label": tf.TensorSpec((), tf.as_dtype(labels.dtype))}\n'
     '    return tf.data.Dataset.from_generator(lambda: examples, output_signature=signature)'),
]
