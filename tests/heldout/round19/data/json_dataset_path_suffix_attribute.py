"""Wrong: tells the layouts apart with path.suffix, which only a pathlib.Path has (a str path raises AttributeError); breaks 'Two layouts, told apart by the file name'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('        if path.endswith(".jsonl"):',
     '        if path.suffix == ".jsonl":'),
]
