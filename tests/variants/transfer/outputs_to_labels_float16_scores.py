"""Wrong: reads the outputs as float16, so a probability of 0.50005 rounds to 0.5 and gets label 0; breaks 'With `from_logits=False` they are already probabilities' (label 1 where the probability is above 0.5)."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", '0.50005'
MUTATE = [
    ('    outputs = np.asarray(outputs, dtype="float32")', '    outputs = np.asarray(outputs, dtype="float16")  # scores need no precision'),
]
