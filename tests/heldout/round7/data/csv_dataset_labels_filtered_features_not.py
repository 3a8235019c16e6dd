"""Wrong: drops the rows without a label from the labels only, keeping their features, so features and labels no longer line up (and their counts differ); breaks 'a row whose label is missing is dropped'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ("""    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]""",
     """    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows if row[label_name] != ""]"""),
]
