"""Wrong: Returned the class indices 0..k-1 instead of their names; breaks 'class_names: the label names as the data set's info gives them (str)'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('info.features["label"].names',
     'list(range(info.features["label"].num_classes))'),
]
