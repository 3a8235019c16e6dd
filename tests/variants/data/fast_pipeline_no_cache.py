"""Wrong: every epoch reads the data again."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", 'cache'
MUTATE = [('dataset.cache().shuffle', 'dataset.shuffle')]
