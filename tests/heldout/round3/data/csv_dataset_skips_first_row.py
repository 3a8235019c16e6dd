"""Wrong: Skipped 'the header' with next(reader) although DictReader already reads it, losing the first data row; breaks 'Each example, one per row, in the file's order'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('        rows = list(csv.DictReader(file))',
     '''        reader = csv.DictReader(file)
        next(reader)
        rows = list(reader)'''),
]
