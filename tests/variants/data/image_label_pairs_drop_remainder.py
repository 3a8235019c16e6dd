"""Wrong: the smaller last batch is dropped, and its labelled examples with it."""
EXERCISE, VERDICT, SAYS = 'data.image_label_pairs', "wrong", '.batch(batch_size)'
MUTATE = [('            .batch(batch_size)\n', '            .batch(batch_size, drop_remainder=True)\n')]
