"""Wrong: for the mixed case the learner shuffled each source on its own and then concatenated them, believing shuffled sources are mixed sources; every CSV example still comes before every JSON example, so a batch sees one source only, which breaks 'mixed=True: the two sources mixed together, so that a batch sees both'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    return first.shuffle(1000, seed=0).concatenate(second.shuffle(1000, seed=0))'),
]
