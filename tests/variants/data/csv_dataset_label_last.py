"""Wrong: assumes the label is the last column."""
EXERCISE, VERDICT, SAYS = 'data.csv_dataset', "wrong", 'in that order'
MUTATE = [('names = [name for name in rows[0] if name != label_name]', 'names = list(rows[0])[:-1]')]
