"""Wrong: the data set's 'test' split as validation, where the task cuts it out of 'train'."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "no other split"
MUTATE = [('f"train[{train_percent}%:]"]', '"test"]')]
