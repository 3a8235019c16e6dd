"""Wrong: maps both slices to one-hot labels with the class count from the info ("ready for categorical_crossentropy"), so each pair holds a vector instead of the split's integer label; breaks 'both unbatched tf.data.Datasets of (image, label) pairs, as model.fit reads them' (the grader compares each slice with the split, example by example)."""

EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "while grading, ValueError"

MUTATE = [
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    depth = info.features["label"].num_classes\n'
     '\n'
     '    def one_hot(image, label):\n'
     '        return image, tf.one_hot(label, depth)\n'
     '\n'
     '    return (train.map(one_hot), validation.map(one_hot), info.features["label"].names,\n'
     '            info.splits["train"].num_examples)'),
]
