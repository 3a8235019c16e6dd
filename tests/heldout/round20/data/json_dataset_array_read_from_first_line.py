"""Wrong: reads a *.json array with json.loads(file.readline()), which works only when the whole array sits on one line; breaks '*.json   one JSON array of objects'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [("            records = json.load(file)\n", "            records = json.loads(file.readline())\n")]
