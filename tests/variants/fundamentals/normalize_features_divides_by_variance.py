"""Wrong: the learner shifted each column by the training mean and then divided by train.var(axis=0), reaching for the variance where the spread was meant; their check used columns drawn with a spread of about 1, where variance and standard deviation are the same number and the result had mean 0 and deviation 1, but a column in the thousands is squashed to almost 0 and one with a spread of 0.1 is blown up tenfold; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", 'standard deviations ['

MUTATE = [
    ('''    std = train.std(axis=0)''',
     '''    std = train.var(axis=0)'''),
]
