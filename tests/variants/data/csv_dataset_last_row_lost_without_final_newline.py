"""Wrong: splits the text on line breaks and drops the last piece, file.read().split(...)[:-1], to lose 'the empty line after the last newline', which drops the last row of a file that does not end in a newline; breaks 'Each example, one per row, in the file's order'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'csv_dataset() raised'

MUTATE = [
    ('rows = list(csv.DictReader(file))',
     'rows = list(csv.DictReader(file.read().split("\\n")[:-1]))'),
]
