"""Wrong: Labels as float32; breaks 'label: one integer (int32 or int64)'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('.reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '.reshape(-1, len(names)), np.array(labels, dtype="float32")))'),
]
