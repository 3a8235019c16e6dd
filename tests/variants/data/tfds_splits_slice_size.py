"""Wrong: num_examples counted from the training slice, not the whole split."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "not a slice's"
MUTATE = [('info.splits["train"].num_examples', 'len(train)')]
