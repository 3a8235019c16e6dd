"""Wrong: stores each feature as round(float(field), 2) to keep the numbers tidy, so 0.125 becomes 0.12 (half to even) and 3.14159 becomes 3.14; breaks 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'features of example 1'

MUTATE = [
    ('float(row[name] or 0.0)',
     'round(float(row[name] or 0.0), 2)'),
]
