"""Wrong: Returned info.splits.total_num_examples, every split together; breaks 'num_examples: the size of the whole "train" split ... not every split together'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('info.splits["train"].num_examples',
     'info.splits.total_num_examples'),
]
