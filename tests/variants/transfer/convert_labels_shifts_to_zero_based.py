"""Wrong: subtracts the smallest label first, to cope with labels that start at 1, so [1, 2, 3] lands in columns 0, 1, 2; breaks 'a single 1 per row, in the label's column'."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", "one-hot row of label 1"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels - labels.min(), num_classes)  # labels may start at 1'),
]
