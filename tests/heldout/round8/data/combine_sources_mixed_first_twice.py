"""Wrong: a copy-paste slip samples from [first, first], so the mixed dataset holds the CSV examples twice and no JSON example; breaks 'every example of both files appears exactly once'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    (
        'sample_from_datasets([first, second]',
        'sample_from_datasets([first, first]',
    ),
]
