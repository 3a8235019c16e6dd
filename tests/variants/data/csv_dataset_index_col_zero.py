"""Wrong: drops the file's first column as pandas' read_csv(index_col=0) would, taking it for a row index; breaks 'features: a float32 vector of the other columns, in the file's column order'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", "returned dataset"

MUTATE = [
    ('names = [name for name in rows[0] if name != label_name]',
     'names = [name for name in list(rows[0])[1:] if name != label_name]'),
]
