"""Wrong: standardises every feature column (minus its mean, over its standard deviation) before making the dataset, a tutorial's normalisation step; breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    labels = [int(row[label_name]) for row in rows]\n',
     '    labels = [int(row[label_name]) for row in rows]\n    features = np.array(features, dtype="float32").reshape(-1, len(names))\n    features = (features - features.mean(axis=0)) / (features.std(axis=0) + 1e-7)\n'),
]
