"""Wrong: Counted the training slice with cardinality(); breaks 'num_examples: the size of the whole "train" split, from the info ... not a slice's size'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('info.splits["train"].num_examples',
     'int(train.cardinality())'),
]
