"""Wrong: the learning rate is not lowered."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'learning rate'
MUTATE = [('learning_rate=base_learning_rate / 10', 'learning_rate=base_learning_rate')]
