"""Wrong: the label is always read from "label"; label_name is ignored."""
EXERCISE, VERDICT, SAYS = 'data.json_dataset', "wrong", 'label_name'
MUTATE = [('labels = [record[label_name] for record in records]', 'labels = [record["label"] for record in records]')]
