"""Wrong: Looked the label up as 'label' whatever label_name says; breaks 'the column called `label_name` (anywhere, not always last) holds an integer class'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ("""    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]""",
     """    names = [name for name in rows[0] if name != "label"]
    rows = [row for row in rows if row.get("label", "") != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row["label"]) for row in rows]"""),
]
