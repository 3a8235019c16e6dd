"""Wrong: slices with tfds.core.ReadInstruction(..., unit="%", rounding="pct1_dropremainder") for percent slices of equal size; that rounding counts num_examples // 100 examples per percent, which tfds refuses for a split under 100 examples (and which drops the remainder of bigger ones); breaks 'train: the first train_percent % of the "train" split, in the split's order'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    (
        '    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n',
        '    split = [tfds.core.ReadInstruction("train", to=train_percent, unit="%", rounding="pct1_dropremainder"),\n             tfds.core.ReadInstruction("train", from_=train_percent, unit="%", rounding="pct1_dropremainder")]\n',
    ),
]
