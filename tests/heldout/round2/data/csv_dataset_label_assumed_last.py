"""Wrong: Took every column but the last as features; breaks 'the column called label_name (anywhere, not always last)'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('names = [name for name in rows[0] if name != label_name]',
     'names = list(rows[0])[:-1]'),
]
