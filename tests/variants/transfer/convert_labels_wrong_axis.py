"""Wrong: argmax down the columns instead of along each row."""
EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'axis=-1'
MUTATE = [('return labels.argmax(axis=-1)', 'return labels.argmax(axis=0)')]
