"""Wrong: mixed=True puts every JSON example before every CSV one: two blocks, not a mix."""
EXERCISE, VERDICT, SAYS = 'data.combine_sources', "wrong", 'every JSON example, then every CSV example'
MUTATE = [('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
           '    return second.concatenate(first)')]
