"""Wrong: JSON lines read with json.load."""
EXERCISE, VERDICT, SAYS = 'data.json_dataset', "wrong", 'json.loads(line)'
MUTATE = [('        if path.endswith(".jsonl"):\n            records = [json.loads(line) for line in file if line.strip()]\n        else:\n            records = json.load(file)\n', '        records = json.load(file)\n')]
