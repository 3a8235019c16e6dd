"""Wrong: the first epoch's order is frozen into the cache."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", 'cache before shuffle'
MUTATE = [('dataset.cache().shuffle(shuffle_buffer)', 'dataset.shuffle(shuffle_buffer).cache()')]
