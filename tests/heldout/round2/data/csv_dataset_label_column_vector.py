"""Wrong: Labels shaped (n, 1); breaks 'label: one integer ... a scalar'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('.reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '.reshape(-1, len(names)), np.array(labels, dtype="int32").reshape(-1, 1)))'),
]
