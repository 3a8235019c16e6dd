"""Wrong: to save memory on big line files the learner read the .jsonl records with a generator expression instead of a list (and moved the two comprehensions inside the with block so the file stays open), then tested on a .json file only; for JSON lines the features comprehension uses the generator up and the labels come out empty, so from_tensor_slices fails on the mismatched lengths; breaks '*.jsonl   JSON lines: one object per line, no surrounding array' (each object is one example)."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('''            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)
    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]''',
     '''            records = (json.loads(line) for line in file if line.strip())
        else:
            records = json.load(file)
        features = [[record[name] for name in feature_names] for record in records]
        labels = [record[label_name] for record in records]'''),
]
