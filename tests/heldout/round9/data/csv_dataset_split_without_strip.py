"""Wrong: parses the file by hand with line.split(",") without stripping the line end, so a last field left empty reads "\\n", which is not empty and float() refuses; right for every row whose last field is filled; breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    (
        '    with open(path, newline="") as file:\n        rows = list(csv.DictReader(file))\n',
        '    with open(path) as file:\n        header = file.readline().strip().split(",")\n        rows = [dict(zip(header, line.split(","))) for line in file if line.strip()]\n',
    ),
]
