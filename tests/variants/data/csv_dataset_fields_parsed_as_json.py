"""Wrong: parses each feature with json.loads(field or "0"), which rejects numbers CSV allows such as .5, 5. or +1; breaks 'The file has a header row and numbers in every column' (features: a float32 vector of the other columns)."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'JSONDecodeError'

MUTATE = [
    ('float(row[name] or 0.0)',
     'float(json.loads(row[name] or "0"))'),
]
