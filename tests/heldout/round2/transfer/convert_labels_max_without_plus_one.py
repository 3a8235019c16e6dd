"""Wrong: Used the largest label as the class count; breaks 'as many classes as the largest label + 1'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('keras.utils.to_categorical(labels, num_classes)',
     'keras.utils.to_categorical(labels, num_classes or int(labels.max()))'),
]
