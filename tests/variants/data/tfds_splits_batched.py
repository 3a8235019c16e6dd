"""Wrong: the slices batched, where the task returns them as tfds.load gives them."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "unbatched"
MUTATE = [('return train, validation,', 'return train.batch(32), validation.batch(32),')]
