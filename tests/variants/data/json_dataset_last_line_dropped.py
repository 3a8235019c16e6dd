"""Wrong: Split a .jsonl file on newlines and dropped the last piece as 'the empty line after the final newline', losing the last object when the file has no trailing newline; breaks 'Each object is one example, in the file's order'."""
EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", "read the file to its end"
MUTATE = [
    ("""    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)""",
     '    with open(path) as file:\n        if path.endswith(".jsonl"):\n            records = [json.loads(line) for line in file.read().split("\\n")[:-1] if line.strip()]\n        else:\n            records = json.load(file)'),
]
