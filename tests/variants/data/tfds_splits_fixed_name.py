"""Wrong: tf_flowers written in, name ignored."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "not a fixed 'tf_flowers'"
MUTATE = [('tfds.load(name,', 'tfds.load("tf_flowers",')]
