"""Wrong: the learner returned info.splits.total_num_examples, believing it is the size of the data set being sliced; it counts every split together (train and test), which breaks 'num_examples: the size of the whole "train" split, from the info (an int): not a slice's size, and not every split together'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('info.features["label"].names, info.splits["train"].num_examples',
     'info.features["label"].names, info.splits.total_num_examples'),
]
