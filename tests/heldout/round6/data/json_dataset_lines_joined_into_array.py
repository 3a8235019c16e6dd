"""Right: reads the text once; for .jsonl joins the non-empty lines into one JSON array, else parses the array."""
EXERCISE, VERDICT = "data.json_dataset", "done"
MUTATE = [
    ('''        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)''',
     '''        text = file.read()
    if path.rsplit(".", 1)[-1] == "jsonl":
        records = json.loads("[" + ",".join(line for line in text.splitlines() if line.strip()) + "]")
    else:
        records = json.loads(text)'''),
]
