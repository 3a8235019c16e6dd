"""Wrong: "improves" the filling of holes by imputing each missing feature with its column's mean over the rows that have it (the usual better choice than 0); breaks '- a missing feature becomes 0.0;'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", "returned dataset"

MUTATE = [
    ('    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n',
     '    columns = [[float(row[name]) for row in rows if row[name] != ""] for name in names]\n'
     '    means = [sum(column) / len(column) if column else 0.0 for column in columns]  # impute, do not zero\n'
     '    features = [[float(row[name]) if row[name] != "" else mean for name, mean in zip(names, means)]\n'
     '                for row in rows]\n'),
]
