"""Wrong: the label column is always called "label"; label_name is ignored."""
EXERCISE, VERDICT, SAYS = 'data.csv_dataset', "wrong", 'label_name'
MUTATE = [('def csv_dataset(path, label_name="label"):\n', 'def csv_dataset(path, label_name="label"):\n    label_name = "label"\n')]
