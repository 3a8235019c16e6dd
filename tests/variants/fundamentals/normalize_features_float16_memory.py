"""Wrong: casts both sets to float16 first to halve the memory; float16 keeps about three digits and overflows past 65504, so a column of prices in the hundreds of thousands becomes inf and nan; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "training set"

MUTATE = [
    ('def normalize_features(train, test):\n    mean',
     'def normalize_features(train, test):\n'
     '    train, test = train.astype(np.float16), test.astype(np.float16)  # half the memory\n'
     '    mean'),
]
