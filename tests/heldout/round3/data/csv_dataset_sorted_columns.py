"""Wrong: Sorted the feature column names; breaks 'features: a float32 vector of the other columns, in the file's column order'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    names = [name for name in rows[0] if name != label_name]',
     '    names = sorted(name for name in rows[0] if name != label_name)'),
]
