"""Wrong: missing features become NaN instead of 0.0."""
EXERCISE, VERDICT, SAYS = 'data.csv_dataset', "wrong", 'NaN'
MUTATE = [('float(row[name] or 0.0)', 'float(row[name] or "nan")')]
