"""Wrong: reads the lines by hand and strips trailing commas (line.rstrip(",")), so a row whose last field is empty loses that column; breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('    with open(path, newline="") as file:\n        rows = list(csv.DictReader(file))',
     '    with open(path) as file:\n        lines = [line.rstrip("\\n").rstrip(",") for line in file if line.strip()]\n    header = lines[0].split(",")\n    rows = [dict(zip(header, line.split(","))) for line in lines[1:]]'),
]
