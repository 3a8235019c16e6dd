"""Wrong: num_examples of every split together (train and test), not of 'train'."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "not the sum of every split"
MUTATE = [('info.splits["train"].num_examples', 'info.splits.total_num_examples')]
