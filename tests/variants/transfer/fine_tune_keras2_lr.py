"""Wrong: the note's RMSprop(lr=...) spelling."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'learning_rate='
MUTATE = [('(learning_rate=base_learning_rate / 10)', '(lr=base_learning_rate / 10)')]
