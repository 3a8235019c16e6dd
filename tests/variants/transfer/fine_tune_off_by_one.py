"""Wrong: one layer too many frozen."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'trainable_variables'
MUTATE = [('base_model.layers[:fine_tune_at]:', 'base_model.layers[:fine_tune_at + 1]:')]
