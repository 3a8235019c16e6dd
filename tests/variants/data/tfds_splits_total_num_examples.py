"""Wrong: reports the data set's size as info.splits.total_num_examples ("the whole data set, not one split"), which counts every split together (the grader's 12 + 5 = 17); breaks 'num_examples: the size of the whole "train" split, from the info (an int): not a slice's size, and not every split together.'"""

EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "num_examples (a 'train' split of 12, and a 'test' split of 5"

MUTATE = [
    ('info.splits["train"].num_examples', 'info.splits.total_num_examples'),
]
