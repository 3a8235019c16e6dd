"""Wrong: picks the JSON-lines layout when "jsonl" occurs anywhere in the path, so a .json file in a folder such as jsonl_data/ is read line by line; breaks '*.json   one JSON array of objects'."""
EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", 'JSONDecodeError'

MUTATE = [
    ('if path.endswith(".jsonl"):',
     'if "jsonl" in path:'),
]
