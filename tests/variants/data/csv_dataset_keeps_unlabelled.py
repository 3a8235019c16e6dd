"""Wrong: rows without a label are kept, as class 0."""
EXERCISE, VERDICT, SAYS = 'data.csv_dataset', "wrong", 'dropped'
MUTATE = [('    rows = [row for row in rows if row[label_name] != ""]\n', ''), ('labels = [int(row[label_name]) for', 'labels = [int(row[label_name] or 0) for')]
