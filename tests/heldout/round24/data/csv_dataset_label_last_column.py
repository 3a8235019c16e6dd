"""Wrong: the learner read the rows with csv.reader and took the last field as the label and the others as features, as in most tutorials' files, skipping empty labels and filling empty features; breaks 'the column called `label_name` (anywhere, not always last) holds an integer class'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('''    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]''',
     '''    with open(path, newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        rows = [row for row in reader if row and row[-1] != ""]
    names = header[:-1]
    features = [[float(value or 0.0) for value in row[:-1]] for row in rows]
    labels = [int(row[-1]) for row in rows]'''),
]
