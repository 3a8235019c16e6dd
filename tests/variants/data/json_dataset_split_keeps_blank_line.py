"""Wrong: reads JSON lines with file.read().split("\\n") and parses every piece, including the empty one after the file's final newline, which json.loads refuses; breaks '*.jsonl  JSON lines: one object per line, no surrounding array'."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", 'JSONDecodeError'

MUTATE = [
    (
        '            records = [json.loads(line) for line in file if line.strip()]\n',
        '            records = [json.loads(line) for line in file.read().split("\\n")]\n',
    ),
]
