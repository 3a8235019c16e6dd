"""Wrong: builds each feature vector from row.values() minus the values equal to the row's label, so a feature that happens to hold the label's value (or an empty label's "") is dropped too; breaks 'features: a float32 vector of the other columns, in the file's column order'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'csv_dataset() raised'

MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n',
     '    features = [[float(value or 0.0) for value in row.values() if value != row[label_name]] for row in rows]\n'),
]
