"""Wrong: maps both slices through tf.image.resize(image, (224, 224)) as the tf_flowers tutorials do before training, so the examples are no longer the split's own images; breaks 'train: the first train_percent % of the train split, in the split's order' (compared example by example)."""

EXERCISE, VERDICT = 'data.tfds_splits', 'wrong'

MUTATE = [
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    def resize(image, label):\n        return tf.image.resize(image, (224, 224)), label\n\n    return (train.map(resize), validation.map(resize), info.features["label"].names,\n            info.splits["train"].num_examples)'),
]
