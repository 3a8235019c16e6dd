"""Wrong: fills a missing feature from its column's neighbours (pandas' interpolate()); breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", "returned dataset"

MUTATE = [
    ('features = [[float(row[name] or 0.0) for name in names] for row in rows]',
     'features = [[float(row[name]) if row[name] else np.nan for name in names] for row in rows]\n    for column in range(len(names)):\n        values = np.array([feature[column] for feature in features], dtype="float64")\n        known = ~np.isnan(values)\n        if known.any() and not known.all():\n            values = np.interp(np.arange(len(values)), np.flatnonzero(known), values[known])\n        for feature, value in zip(features, values):\n            feature[column] = 0.0 if np.isnan(value) else value'),
]
