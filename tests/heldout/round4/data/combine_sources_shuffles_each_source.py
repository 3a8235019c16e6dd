"""Wrong: For mixed=True shuffled each source on its own and concatenated them, so every CSV example still comes before every JSON one; breaks 'mixed=True: the two sources mixed together, so that a batch sees both'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ("""    if not mixed:
        return first.concatenate(second)
    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)""",
     """    if not mixed:
        return first.concatenate(second)
    return first.shuffle(1000, seed=0).concatenate(second.shuffle(1000, seed=0))"""),
]
