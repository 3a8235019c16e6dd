"""Wrong: features left as float64."""
EXERCISE, VERDICT, SAYS = 'data.csv_dataset', "wrong", 'float32'
MUTATE = [('(np.array(features, dtype="float32").reshape', '(np.array(features, dtype="float64").reshape')]
