"""Wrong: fills holes by replacing ",," with ",0," in the text, so a missing label between two columns becomes 0 and its row is kept; breaks 'a row whose label is missing is dropped'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('rows = list(csv.DictReader(file))',
     'rows = list(csv.DictReader(file.read().replace(",,", ",0,").splitlines()))'),
]
