"""Wrong: casts the binary labels to int32 ('labels are classes'); breaks 'labels of shape (batch, 1), 0.0 or 1.0 ... as the binary class mode gives them' (floats)."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
SAYS = 'labels dtype'
MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images), tf.cast(labels, tf.int32)))'),
]
