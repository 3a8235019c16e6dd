"""Wrong: sorts the label names alphabetically, so class_names[k] no longer names label k (tf_flowers's names are not in sorted order); breaks 'class_names: the label names as the data set's info gives them (str, label k is class_names[k])'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    (
        'info.features["label"].names,',
        'sorted(info.features["label"].names),',
    ),
]
