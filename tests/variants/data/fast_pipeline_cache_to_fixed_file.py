"""Wrong: caches to a fixed file in the temp folder, as tutorials do for big data: a second pipeline replays the first one's cached examples; breaks 'cache: the first epoch reads the examples, later epochs replay them from memory'."""
EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "wrong", "a second pipeline's examples"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     """    import os
    import tempfile

    cache_file = os.path.join(tempfile.gettempdir(), "fast_pipeline.cache")
    return dataset.cache(cache_file).shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)"""),
]
