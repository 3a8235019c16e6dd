"""Wrong: returns the training part already repeated (.repeat()) so fit never runs out of data; breaks 'Together the two parts hold every file exactly once.'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [("    return train, validation\n", "    return train.repeat(), validation\n")]
