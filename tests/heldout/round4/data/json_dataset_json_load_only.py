"""Wrong: Read every file with json.load, so a JSON-lines file (one object per line, no array) fails; breaks 'Two layouts, told apart by the file name: ... *.jsonl JSON lines'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ("""    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)""",
     """    with open(path) as file:
        records = json.load(file)"""),
]
