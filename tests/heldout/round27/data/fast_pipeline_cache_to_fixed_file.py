"""Wrong: thinking of data too big for memory, the learner gave cache() a file name in the temporary folder, so the cache lives on disk; checked once on one dataset, the two epochs read the data once and shuffled differently; but the file outlives the call: called again with another dataset, the pipeline finds the first call's cache and replays the first dataset's examples (and epochs replay from a file, not from memory); breaks 'cache: the first epoch reads the examples, later epochs replay them from memory' and the module's 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('''    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)''',
     '''    import os
    import tempfile

    cache_file = os.path.join(tempfile.gettempdir(), "fast_pipeline_cache")
    return dataset.cache(cache_file).shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)'''),
]
