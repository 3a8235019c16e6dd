"""Wrong: the learner read the size as info.splits.total_num_examples, which for tf_flowers (one split) is the same 3,670; for a data set with a test split too it counts every split; breaks 'num_examples: the size of the whole "train" split, from the info (an int): not a slice's size, and not every split together'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('info.splits["train"].num_examples',
     'info.splits.total_num_examples'),
]
