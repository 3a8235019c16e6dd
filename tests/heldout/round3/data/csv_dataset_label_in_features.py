"""Wrong: Took every column as a feature, the label column too; breaks 'features: a float32 vector of the other columns'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('    names = [name for name in rows[0] if name != label_name]',
     '    names = list(rows[0])'),
]
