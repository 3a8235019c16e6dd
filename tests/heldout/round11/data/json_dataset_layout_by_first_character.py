"""Right: tells the layouts apart by the file's first non-blank character ('[' for an array, else JSON lines) rather than by the suffix."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('    with open(path) as file:\n        if path.endswith(".jsonl"):\n            records = [json.loads(line) for line in file if line.strip()]\n        else:\n            records = json.load(file)',
     '    with open(path) as file:\n        text = file.read()\n    if text.lstrip().startswith("["):\n        records = json.loads(text)\n    else:\n        records = [json.loads(line) for line in text.splitlines() if line.strip()]'),
]
