"""Wrong: for mixed=True the learner alternated the two sources in Python, a generator over itertools.zip_longest(iter(csv), iter(json)) that skips the padding, served with from_generator; the two iterators are made once, at the call, so the first pass (their 20 + 20 and 30 + 3 checks) has every example, and a second pass over the dataset (the next epoch) yields nothing; breaks 'Either way every example of both files appears exactly once' (a dataset of both files, every time it is read)."""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", "second pass"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '''    import itertools

    pairs = itertools.zip_longest(iter(first), iter(second))

    def alternate():
        for pair in pairs:
            for example in pair:
                if example is not None:
                    yield example

    return tf.data.Dataset.from_generator(alternate, output_signature=first.element_spec)'''),
]
