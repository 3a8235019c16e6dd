"""Wrong: renumbers the labels 0..k-1 by their sorted distinct values (labels 1 and 3 become 0 and 1); breaks 'the column called `label_name` ... holds an integer class'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [("    labels = [int(row[label_name]) for row in rows]\n",
           "    labels = [int(row[label_name]) for row in rows]\n    classes = sorted(set(labels))\n    labels = [classes.index(label) for label in labels]\n")]
