"""Wrong: returns (train, validation, train.class_names), a triple, to have the class names at hand; breaks 'Returns: (train_dataset, validation_dataset), each yielding (images, labels) batches.'"""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    return train, validation\n',
     '    return train, validation, train.class_names\n'),
]
