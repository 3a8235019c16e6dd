"""Wrong: Mixed by sampling from both sources repeated, then took n_csv + n_json examples, so some examples come twice and others never; breaks 'Either way every example of both files appears exactly once'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ("""    if not mixed:
        return first.concatenate(second)
    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)""",
     """    if not mixed:
        return first.concatenate(second)
    total = int(first.cardinality()) + int(second.cardinality())
    return tf.data.Dataset.sample_from_datasets([first.repeat(), second.repeat()], seed=0).take(total)"""),
]
