"""Wrong: keeps the rows whose int(label or 0) is truthy, meaning to drop the empty labels, which also drops every row of class 0; breaks 'a row whose label is missing is dropped.'"""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]\n',
     '    rows = [row for row in rows if int(row[label_name] or 0)]\n'),
]
