"""Right: tells the layouts apart with os.path.splitext and reads the JSON lines with splitlines()."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('import csv\nimport json\n',
     'import csv\nimport json\nimport os\n'),
    ('    with open(path) as file:\n        if path.endswith(".jsonl"):\n            records = [json.loads(line) for line in file if line.strip()]\n        else:\n            records = json.load(file)',
     '    with open(path) as file:\n        text = file.read()\n    if os.path.splitext(path)[1] == ".jsonl":\n        records = [json.loads(line) for line in text.splitlines() if line.strip()]\n    else:\n        records = json.loads(text)'),
]
