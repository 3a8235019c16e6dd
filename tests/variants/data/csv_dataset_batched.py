"""Wrong: the examples are batched, where an unbatched dataset is asked for."""
EXERCISE, VERDICT, SAYS = 'data.csv_dataset', "wrong", 'unbatched'
MUTATE = [('.reshape(-1, len(names)), np.array(labels, dtype="int32")))', '.reshape(-1, len(names)), np.array(labels, dtype="int32"))).batch(4)')]
