"""Wrong: drops every column whose name contains the label's name (label 'y' also drops 'day'); breaks 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'subspecies'

MUTATE = [
    ('    names = [name for name in rows[0] if name != label_name]',
     '    names = [name for name in rows[0] if label_name not in name]'),
]
