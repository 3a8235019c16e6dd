"""Wrong: removes each JSON line's newline with line[:-1], which also cuts the closing brace of a last line that has no newline; breaks '*.jsonl  JSON lines: one object per line' (each object is one example)."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('records = [json.loads(line) for line in file if line.strip()]',
     'records = [json.loads(line[:-1]) for line in file if line.strip()]'),
]
