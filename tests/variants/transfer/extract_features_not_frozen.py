"""Wrong: the base is left trainable."""
EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", 'base.trainable = False'
MUTATE = [('    base.trainable = False\n    features', '    features')]
