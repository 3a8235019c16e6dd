"""Wrong: replaces the two missing-value rules by one try/except ValueError around the row's parsing ("robust to any bad field"), so a row with an empty feature is dropped like a row without a label; breaks '- a missing feature becomes 0.0;'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", "returned dataset"

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]\n'
     '    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n'
     '    labels = [int(row[label_name]) for row in rows]\n',
     '    features, labels = [], []\n'
     '    for row in rows:\n'
     '        try:  # one guard for every bad field: an empty label, an empty or broken number\n'
     '            values = [float(row[name]) for name in names]\n'
     '            label = int(row[label_name])\n'
     '        except ValueError:\n'
     '            continue\n'
     '        features.append(values)\n'
     '        labels.append(label)\n'),
]
