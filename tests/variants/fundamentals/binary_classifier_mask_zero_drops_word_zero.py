"""Wrong: text-tutorial habit: Embedding(vocab_size, 16, mask_zero=True) treats word id 0 as padding, so the average leaves that word out (and a review of only 0s gives NaN); breaks 'A review is a sequence of word ids (integers below `vocab_size`)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'mask_zero'

MUTATE = [
    ('        keras.layers.Embedding(vocab_size, 16),',
     '        keras.layers.Embedding(vocab_size, 16, mask_zero=True),'),
]
