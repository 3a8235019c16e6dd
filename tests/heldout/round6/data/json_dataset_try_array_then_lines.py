"""Right: tries the file as one JSON document and falls back to JSON lines when that fails (a single object is wrapped in a list)."""
EXERCISE, VERDICT = "data.json_dataset", "done"
MUTATE = [
    ('''        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)''',
     '''        text = file.read()
    try:
        records = json.loads(text)
    except json.JSONDecodeError:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(records, dict):  # a JSON-lines file of a single object
        records = [records]'''),
]
