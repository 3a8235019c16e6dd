"""Wrong: the CSV is read with the default label column, not label_name."""
EXERCISE, VERDICT, SAYS = 'data.combine_sources', "wrong", 'label_name'
MUTATE = [('first = csv_dataset(csv_path, label_name)', 'first = csv_dataset(csv_path)')]
