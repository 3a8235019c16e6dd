"""Wrong: mixes by shuffling blocks of 8 (batch, shuffle, unbatch) for speed; every block holds one source only, so a batch of 8 drawn from the result sees one source; breaks 'mixed=True: the two sources mixed together, so that a batch sees both'."""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", 'runs of examples from one source'

MUTATE = [
    (
        '    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)\n',
        '    return first.concatenate(second).batch(8).shuffle(100, seed=0).unbatch()\n',
    ),
]
