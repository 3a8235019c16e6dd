"""Wrong: batches are shuffled whole, so each batch holds neighbours."""
EXERCISE, VERDICT, SAYS = 'data.image_label_pairs', "wrong", 'shuffle before batch'
MUTATE = [('            .shuffle(1000)\n            .batch(batch_size)\n', '            .batch(batch_size)\n            .shuffle(1000)\n')]
