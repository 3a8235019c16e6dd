"""Wrong: zip pairs the sources up and drops the longer one's extra rows."""
EXERCISE, VERDICT, SAYS = 'data.combine_sources', "wrong", 'each once'
MUTATE = [('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)', 'return tf.data.Dataset.zip(first, second).flat_map(lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))')]
