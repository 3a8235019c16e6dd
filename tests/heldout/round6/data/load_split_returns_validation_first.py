"""Wrong: returns the two parts in the order the Keras guide prints them, validation first; breaks 'Returns: (train_dataset, validation_dataset)'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    return train, validation


def legacy_generator''',
     '''    return validation, train


def legacy_generator'''),
]
