"""Right: reads with a plain loop over csv.DictReader, skipping an unlabelled row with continue and filling an empty feature with 0.0 by an if."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    with open(path, newline="") as file:\n        rows = list(csv.DictReader(file))\n    names = [name for name in rows[0] if name != label_name]\n    rows = [row for row in rows if row[label_name] != ""]\n    features = [[float(row[name] or 0.0) for name in names] for row in rows]\n    labels = [int(row[label_name]) for row in rows]\n',
     '    features, labels = [], []\n    with open(path, newline="") as file:\n        reader = csv.DictReader(file)\n        names = [name for name in reader.fieldnames if name != label_name]\n        for row in reader:\n            if row[label_name] == "":\n                continue\n            values = []\n            for name in names:\n                values.append(float(row[name]) if row[name] != "" else 0.0)\n            features.append(values)\n            labels.append(int(row[label_name]))\n'),
]
