"""Wrong: skips the first line of a .jsonl file as if it were a CSV header, so the first example is lost; breaks 'Each object is one example, in the file's order'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    (
        '            records = [json.loads(line) for line in file if line.strip()]\n',
        '            next(file)  # skip the header line\n            records = [json.loads(line) for line in file if line.strip()]\n',
    ),
]
