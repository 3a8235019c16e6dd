"""Wrong: Tested '.json' in the path, which a .jsonl path also contains, so JSON lines go to json.load; breaks the *.jsonl layout."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('        if path.endswith(".jsonl"):\n            records = [json.loads(line) for line in file if line.strip()]\n        else:\n            records = json.load(file)',
     '        if ".json" in path:\n            records = json.load(file)\n        else:\n            records = [json.loads(line) for line in file if line.strip()]'),
]
